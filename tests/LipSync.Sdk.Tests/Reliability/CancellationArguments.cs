using System.Reflection;
using System.Text.Json.Nodes;
using LipSync.Sdk.Providers.AudioSpliter;
using LipSync.Sdk.Providers.Breeze;
using LipSync.Sdk.Providers.Chamelaion;
using LipSync.Sdk.Providers.HeyGen;
using LipSync.Sdk.Providers.Sync;
using LipSync.Sdk.Tests.Reliability.Adapters;

namespace LipSync.Sdk.Tests.Reliability;

/// <summary>
/// Valid arguments for any public async method of the SDK, by parameter type (and, for strings, by parameter name), so
/// the cancellation suite can call methods it discovers by reflection. Optional parameters get their defaults. A
/// method with a parameter type missing here fails the suite with the type's name: add a factory for it.
/// </summary>
internal sealed class CancellationArguments(ProviderAdapter adapter, Uri root, string jobId, string workDirectory)
{
    private static readonly Uri VideoUrl = new("https://assets.example.com/speaker.mp4");
    private static readonly Uri AudioUrl = new("https://assets.example.com/speech.wav");

    private readonly Dictionary<Type, Func<object?>> _byType = new()
    {
        [typeof(HttpMethod)] = () => HttpMethod.Get,
        [typeof(JsonNode)] = () => null,
        [typeof(bool)] = () => true,
        [typeof(TimeSpan)] = () => TimeSpan.FromSeconds(10), // Sync long polls accept at most 10 s
        [typeof(Stream)] = () => new MemoryStream(),
        [typeof(LipSyncRequest)] = () => new LipSyncRequest { Video = MediaSource.FromUrl(VideoUrl), Audio = MediaSource.FromUrl(AudioUrl) },
        [typeof(CreateGenerationRequest)] = () => SyncJobMapper.ToCreateRequest(new LipSyncRequest { Video = MediaSource.FromUrl(VideoUrl), Audio = MediaSource.FromUrl(AudioUrl) }),
        [typeof(CreateAssetUploadRequest)] = () => new CreateAssetUploadRequest { FileName = "speech.wav", ContentType = "audio/wav", Size = 1024 },
        [typeof(RegisterAssetRequest)] = () => new RegisterAssetRequest { Url = AudioUrl.AbsoluteUri, Type = "AUDIO" },
        // Sync batches need at least 20 records (checked locally before anything is sent).
        [typeof(SyncBatchFile)] = () => SyncBatchFile.Create(Enumerable.Range(1, 20).Select(i => new SyncBatchRecord(
            $"r{i}", SyncJobMapper.ToCreateRequest(new LipSyncRequest { Video = MediaSource.FromUrl(VideoUrl), Audio = MediaSource.FromUrl(AudioUrl) })))),
        [typeof(GenerateRequest)] = () => new GenerateRequest { Inputs = [MediaInput.Video(VideoUrl), MediaInput.Audio(AudioUrl)] },
        [typeof(CreateLipsyncRequest)] = () => new CreateLipsyncRequest { Video = HeyGenMediaInput.FromUrl(VideoUrl), Audio = HeyGenMediaInput.FromUrl(AudioUrl) },
        [typeof(CreateVideoRequest)] = () => new CreateVideoRequest { AvatarId = "avatar_1", Script = "Hello.", VoiceId = "voice_1" },
        [typeof(BreezeSpeechRequest)] = () => new BreezeSpeechRequest { Text = "Hello there." },
        [typeof(CreateSplitRequest)] = () => new CreateSplitRequest { SourceUrl = "https://media.example.com/talk.mp3", SegmentDuration = 60 },
        [typeof(SplitSegment)] = () => new SplitSegment { Index = 0 },
        [typeof(UpdateLipsyncRequest)] = () => new UpdateLipsyncRequest { Title = "renamed" },
        [typeof(CreateVideoTranslationRequest)] = () => new CreateVideoTranslationRequest
        {
            Video = HeyGenMediaInput.FromUrl(VideoUrl), OutputLanguages = ["English"],
        },
        [typeof(CreateWebhookEndpointRequest)] = () => new CreateWebhookEndpointRequest { Url = "https://hooks.example.com/heygen" },
    };

    public object?[] For(MethodInfo method, CancellationToken cancellationToken, object? target) =>
        method.GetParameters().Select(p => For(p, cancellationToken, target)).ToArray();

    private object? For(ParameterInfo parameter, CancellationToken cancellationToken, object? target)
    {
        var type = parameter.ParameterType;
        if (type == typeof(CancellationToken))
        {
            return cancellationToken;
        }

        if (type == typeof(ILipSyncClient))
        {
            return target;
        }

        if (type == typeof(string))
        {
            return parameter.Name switch
            {
                "pathAndQuery" => adapter.ReadPathPrefix.Replace("/api/v1", string.Empty, StringComparison.Ordinal).Replace("/api", string.Empty, StringComparison.Ordinal) + jobId,
                "voiceId" => "voice-000",
                "path" => Path.Combine(workDirectory, Guid.NewGuid().ToString("N") + ".bin"),
                _ when parameter.HasDefaultValue => parameter.DefaultValue,
                _ => jobId,
            };
        }

        if (type == typeof(LipSyncJob))
        {
            // A completed job of the client's provider whose result lives on the (stalled) emulator.
            return new LipSyncJob { Id = jobId, Provider = ((ILipSyncClient)target!).Provider, Status = JobStatus.Completed, OutputUrl = new Uri(root, "results/" + jobId) };
        }

        if (type == typeof(LocalMediaSource))
        {
            return NewLocalFile("speech.wav", "audio/wav");
        }

        if (type == typeof(GenerateWithMediaRequest))
        {
            return new GenerateWithMediaRequest { Video = NewLocalFile("speaker.mp4", "video/mp4"), Audio = NewLocalFile("speech.wav", "audio/wav") };
        }

        if (type == typeof(LipSyncJob))
        {
            // A completed job whose result lives on the stalled emulator: the download must end on cancellation too.
            return new LipSyncJob { Id = jobId, Provider = adapter.Name, Status = JobStatus.Completed, OutputUrl = new Uri(root, "outputs/" + jobId + ".mp4") };
        }

        if (type == typeof(Batch))
        {
            return new Batch { Id = jobId, OutputUrl = new Uri(root, "v2/batches/" + jobId + "/result").AbsoluteUri };
        }

        if (_byType.TryGetValue(type, out var factory))
        {
            return factory();
        }

        if (parameter.HasDefaultValue)
        {
            return parameter.DefaultValue;
        }

        throw new InvalidOperationException($"No argument factory for {type.Name} ({parameter.Member.DeclaringType?.Name}.{parameter.Member.Name}); add one to {nameof(CancellationArguments)}.");
    }

    private LocalMediaSource NewLocalFile(string name, string contentType)
    {
        var file = Path.Combine(workDirectory, Guid.NewGuid().ToString("N") + "-" + name);
        File.WriteAllBytes(file, new byte[4096]);
        return MediaSource.FromFile(file, contentType);
    }
}
