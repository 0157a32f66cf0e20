namespace TextToLipSync;

/// <summary>The sample's command line: <c>--text</c>, <c>--voice</c>, <c>--video</c>, <c>--long</c>.</summary>
internal sealed record SampleArguments(string Text, string VoiceId, string VideoUrl)
{
    private const string DefaultText = "Hello! This video was lip-synced to speech generated from text, end to end, by the LipSync SDK.";

    public static SampleArguments Parse(string[] args)
    {
        string? Value(string name)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
        }

        var text = Value("--text") ?? DefaultText;

        // --long repeats the text until it runs past Sync's 300-second limit, to show the AudioSpliter path.
        if (args.Contains("--long"))
        {
            text = string.Join(' ', Enumerable.Repeat(text, 60));
        }

        return new SampleArguments(
            text,
            Value("--voice") ?? "voice-000",
            Value("--video") ?? "https://assets.sync.so/docs/example-video.mp4");
    }
}
