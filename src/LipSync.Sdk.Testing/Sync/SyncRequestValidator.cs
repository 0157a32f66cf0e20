using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace LipSync.Sdk.Testing;

// Validates a CreateGenerationDto (sync.md §3.1) the way the emulator's create and cost endpoints need it. Messages
// follow NestJS class-validator wording so SDK tests see realistic arrays. Deliberately lenient about what the real
// API may accept (image inputs with any model, unknown option keys). Unknown models are refused as Sync refuses them:
// 400 generation_unsupported_model (see SyncEmulator.Generations).
internal static partial class SyncRequestValidator
{
    private static readonly string[] InputTypes = ["video", "audio", "text", "image"];

    public static IReadOnlyList<string> Validate(JsonNode? body)
    {
        if (body is not JsonObject request)
        {
            return ["request body must be a JSON object"];
        }

        var messages = new List<string>();
        ValidateModel(request, messages);
        ValidateInputs(request, messages);
        ValidateOptionalMembers(request, messages);
        return messages;
    }

    private static void ValidateModel(JsonObject request, List<string> messages)
    {
        var model = request["model"];
        if (model is null)
        {
            messages.Add("model should not be empty");
        }
        else if (!IsString(model, out var name))
        {
            messages.Add("model must be a string");
        }
        else if (name.Length == 0)
        {
            messages.Add("model should not be empty");
        }
    }

    private static void ValidateInputs(JsonObject request, List<string> messages)
    {
        if (request["input"] is not JsonArray inputs)
        {
            messages.Add(request["input"] is null ? "input should not be empty" : "input must be an array");
            return;
        }

        int visual = 0, voice = 0;
        for (var i = 0; i < inputs.Count; i++)
        {
            var prefix = string.Create(CultureInfo.InvariantCulture, $"input.{i}");
            if (inputs[i] is not JsonObject input)
            {
                messages.Add($"{prefix} must be an object");
                continue;
            }

            if (!IsString(input["type"], out var type) || !InputTypes.Contains(type))
            {
                messages.Add($"{prefix}.type must be one of the following values: {string.Join(", ", InputTypes)}");
                continue;
            }

            if (type is "video" or "image")
            {
                visual++;
            }
            else
            {
                voice++;
            }

            if (type == "text")
            {
                if (input["provider"] is not JsonObject)
                {
                    messages.Add($"{prefix}.provider should not be empty");
                }
            }
            else if (!IsNonEmptyString(input["url"]) && !IsNonEmptyString(input["assetId"]))
            {
                messages.Add($"{prefix} must have either url or assetId");
            }
        }

        if (visual == 0)
        {
            messages.Add("input must include one video or image input");
        }
        else if (visual > 1)
        {
            messages.Add("input must include exactly one video or image input");
        }

        // With dubParams Sync dubs the video's own audio track, so no voice input is needed (sync.so tutorials/dubbing).
        if (request["dubParams"] is { } dub)
        {
            if (dub is not JsonObject dubParams || !IsNonEmptyString(dubParams["targetLang"]))
            {
                messages.Add("dubParams.targetLang should not be empty");
            }
        }
        else if (voice == 0)
        {
            messages.Add("input must include at least one audio or text input");
        }
    }

    private static void ValidateOptionalMembers(JsonObject request, List<string> messages)
    {
        if (request["options"] is { } options && options is not JsonObject)
        {
            messages.Add("options must be an object");
        }

        if (request["segments"] is { } segments && segments is not JsonArray)
        {
            messages.Add("segments must be an array");
        }

        if (request["webhookUrl"] is { } webhookUrl && !IsString(webhookUrl, out _))
        {
            messages.Add("webhookUrl must be a string");
        }

        if (request["outputFileName"] is { } outputFileName
            && (!IsString(outputFileName, out var fileName) || !OutputFileNamePattern().IsMatch(fileName)))
        {
            messages.Add("outputFileName must contain only letters, digits, '_' and '-' and be at most 255 characters");
        }
    }

    private static bool IsNonEmptyString(JsonNode? node) => IsString(node, out var value) && value.Length > 0;

    private static bool IsString(JsonNode? node, out string value)
    {
        if (node is JsonValue jsonValue && jsonValue.GetValueKind() == JsonValueKind.String)
        {
            value = jsonValue.GetValue<string>();
            return true;
        }

        value = string.Empty;
        return false;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,255}$")]
    private static partial Regex OutputFileNamePattern();
}
