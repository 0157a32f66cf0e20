using System.Net.Http.Headers;
using System.Text;

namespace LipSync.Sdk.Providers.Chamelaion;

/// <summary>
/// Builds the <c>multipart/form-data</c> body of <c>POST /v1/lipsync/generate-with-media</c> (API reference): file parts
/// <c>video</c> and <c>audio</c>, text parts <c>reference_id</c>, <c>disable_active_speaker_detection</c> and, only when
/// configured, <c>model</c>. Called once per attempt, so every attempt streams the media from the start.
/// </summary>
internal static class ChamelaionMultipart
{
    public static HttpContent Build(GenerateWithMediaRequest request, string referenceId)
    {
        var form = new MultipartFormDataContent("lipsync-sdk-" + Guid.NewGuid().ToString("N"));
        form.Add(Text("reference_id", referenceId));
        if (request.DisableActiveSpeakerDetection is { } disable)
        {
            form.Add(Text("disable_active_speaker_detection", disable ? "true" : "false"));
        }

        if (request.Model is { } model)
        {
            form.Add(Text("model", model));
        }

        form.Add(File("video", request.Video));
        form.Add(File("audio", request.Audio));
        return form;
    }

    // Text parts carry no Content-Type, as browsers and curl -F send them.
    private static ByteArrayContent Text(string name, string value)
    {
        var part = new ByteArrayContent(Encoding.UTF8.GetBytes(value));
        part.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = Quote(name) };
        return part;
    }

    private static StreamedMediaContent File(string name, LocalMediaSource source)
    {
        var part = new StreamedMediaContent(source);
        part.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = Quote(name), FileName = Quote(source.FileName) };
        part.Headers.ContentType = MediaTypeHeaderValue.Parse(source.ContentType);
        return part;
    }

    // Quoted names as curl sends them; a file name is reduced to printable ASCII without quotes or backslashes so it
    // is a valid quoted-string for every multipart parser (no RFC 5987 filename*, which some servers reject).
    private static string Quote(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            text.Append(c is >= ' ' and <= '~' and not '"' and not '\\' ? c : '_');
        }

        return text.Append('"').ToString();
    }
}
