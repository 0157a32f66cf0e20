namespace LipSync.Sdk;

/// <summary>What one error body said, as far as it could be read.</summary>
/// <remarks>Items of a message array are separated by <see cref="ErrorBodyScanner.ItemSeparator"/> in <see cref="Message"/>.</remarks>
internal readonly record struct ParsedErrorBody(
    ErrorBodyShape Shape, string? Code, string? Message, TimeSpan? RetryAfter, string? RequestId, string? Field = null, int? Status = null, string? Suggestion = null)
{
    /// <summary>Whether the message came as an array of items (validation messages).</summary>
    public bool IsMessageList => Message?.Contains(ErrorBodyScanner.ItemSeparator, StringComparison.Ordinal) == true;

    /// <summary>The message for people: array items joined with "; ".</summary>
    public string? DisplayMessage => IsMessageList ? Message!.Replace(ErrorBodyScanner.ItemSeparator.ToString(), "; ", StringComparison.Ordinal) : Message;
}

/// <summary>
/// Everything the taxonomy needs to know about one provider's errors: its name, its code catalogue (data), where
/// its bodies keep code/message/hints, and which header carries its request id. One instance per provider,
/// shared by <see cref="LipSyncErrors.FromResponse"/> and the HTTP pipeline so both classify identically.
/// </summary>
internal class ProviderErrorProfile
{
    private readonly int[] _code;
    private readonly int[] _message;
    private readonly int[] _retryAfterSeconds;
    private readonly int[] _retryAfterMilliseconds;
    private readonly int[] _requestId;
    private readonly int[] _field;
    private readonly int[] _status;
    private readonly int[] _suggestion;
    private readonly string[]? _fieldErrorsPath;

    public ProviderErrorProfile(string name, ErrorCatalog catalog, ErrorBodyLayout layout, IReadOnlyList<string>? requestIdHeaders = null)
    {
        Name = name;
        Catalog = catalog;
        Layout = layout;
        RequestIdHeaders = requestIdHeaders ?? ["x-request-id", "request-id"];
        Paths = new JsonFieldPaths(
            layout.CodePaths.Concat(layout.MessagePaths).Concat(layout.RetryAfterSecondsPaths)
                .Concat(layout.RetryAfterMillisecondsPaths).Concat(layout.RequestIdPaths).Concat(layout.FieldPaths).Concat(layout.StatusPaths).Concat(layout.SuggestionPaths));
        _code = Indices(layout.CodePaths);
        _message = Indices(layout.MessagePaths);
        _retryAfterSeconds = Indices(layout.RetryAfterSecondsPaths);
        _retryAfterMilliseconds = Indices(layout.RetryAfterMillisecondsPaths);
        _requestId = Indices(layout.RequestIdPaths);
        _field = Indices(layout.FieldPaths);
        _status = Indices(layout.StatusPaths);
        _suggestion = Indices(layout.SuggestionPaths);
        _fieldErrorsPath = string.IsNullOrWhiteSpace(layout.FieldErrorsPath) ? null : layout.FieldErrorsPath.Split('.');
    }

    public string Name { get; }

    public ErrorCatalog Catalog { get; }

    public ErrorBodyLayout Layout { get; }

    public IReadOnlyList<string> RequestIdHeaders { get; }

    internal JsonFieldPaths Paths { get; }

    /// <summary>
    /// Finds the catalogue row for an error. The provider's code decides; providers without codes (Chamelaion)
    /// override this to match on status and message instead.
    /// </summary>
    public virtual ErrorCatalogEntry? Match(int statusCode, string? code, string? message) =>
        Catalog.TryGet(code, out var entry) ? entry : null;

    /// <summary>
    /// The kind an HTTP status means for this provider when no catalogue row matched. Defaults to the generic
    /// <see cref="ErrorKindRules.KindForStatus"/>; providers that document their own meaning for a status (Chamelaion:
    /// 412 is "token limit reached") override it.
    /// </summary>
    public virtual LipSyncErrorKind KindForStatus(int statusCode) => ErrorKindRules.KindForStatus(statusCode);

    /// <summary>
    /// Whether this provider can report an error inside a 2xx response (HeyGen's legacy <c>code</c> other than 100,
    /// an envelope's <c>ok: false</c>). When true, success bodies are buffered and passed to <see cref="IsErrorInSuccessBody"/>.
    /// </summary>
    public virtual bool InspectsSuccessBodies => false;

    /// <summary>Whether a 2xx body is really an error; such a body is classified like any error response.</summary>
    public virtual bool IsErrorInSuccessBody(ReadOnlySpan<byte> body) => false;

    public ParsedErrorBody Parse(ReadOnlySpan<byte> body)
    {
        var values = new string?[Paths.Segments.Length];
        var shape = ErrorBodyScanner.Scan(body, Paths, values);
        var retryAfter = RetryAfterParser.ParseSeconds(First(values, _retryAfterSeconds))
            ?? RetryAfterParser.ParseMilliseconds(First(values, _retryAfterMilliseconds));
        var status = int.TryParse(First(values, _status), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var s)
            ? s
            : (int?)null;
        return new ParsedErrorBody(shape, First(values, _code), First(values, _message), retryAfter, First(values, _requestId), First(values, _field), status, First(values, _suggestion));
    }

    /// <summary>The per-field problems of a validation error, when the layout names where they sit; otherwise null.</summary>
    public IReadOnlyList<LipSyncFieldError>? ReadFieldErrors(LipSyncErrorKind kind, ReadOnlySpan<byte> body) =>
        _fieldErrorsPath is not null && kind is LipSyncErrorKind.InvalidRequest or LipSyncErrorKind.InvalidMedia
            ? FieldErrorReader.Read(body, _fieldErrorsPath, Layout.FieldErrorFieldName, Layout.FieldErrorMessageName)
            : null;

    private int[] Indices(IReadOnlyList<string> paths) => paths.Select(Paths.IndexOf).ToArray();

    private static string? First(string?[] values, int[] indices)
    {
        foreach (var index in indices)
        {
            if (!string.IsNullOrWhiteSpace(values[index]))
            {
                return values[index];
            }
        }

        return null;
    }
}
