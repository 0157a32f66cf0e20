namespace LipSync.Sdk;

/// <summary>
/// One media transfer (a presigned upload, a result download), made only by <see cref="TransferRequests"/>: an absolute
/// URL, a body rebuilt for each attempt, and the terms every transfer shares — exempt from the API call timeouts (the
/// caller's token bounds it), the body streamed rather than buffered, and the API key withheld unless the link is an
/// unsigned path of the provider's own API.
/// </summary>
internal sealed class TransferRequest
{
    private readonly List<KeyValuePair<string, string>> _headers = [];

    internal TransferRequest(HttpMethod method, Uri url, string operation, Func<HttpContent>? content, bool canRetry, bool withApiKey)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri)
        {
            throw new ArgumentException("A transfer needs an absolute URL.", nameof(url));
        }

        Method = method;
        Url = url;
        Operation = operation;
        Content = content;
        CanRetry = canRetry;
        WithApiKey = withApiKey;
    }

    public HttpMethod Method { get; }

    public Uri Url { get; }

    /// <summary>A short name for logs and traces, such as "PutDirectUpload".</summary>
    public string Operation { get; }

    /// <summary>Builds the body for one attempt (a fresh read of the source); null for no body.</summary>
    public Func<HttpContent>? Content { get; }

    /// <summary>False for a single attempt: the source cannot be read again, or the transfer resumes on its own (downloads).</summary>
    public bool CanRetry { get; }

    /// <summary>Whether the provider's key may go with it (an unsigned path on the provider's own API); the key handler still sends it only to that host.</summary>
    public bool WithApiKey { get; }

    /// <summary>Adds a header sent on every attempt (signed upload headers, <c>Range</c>).</summary>
    public TransferRequest WithHeader(string name, string value)
    {
        _headers.Add(new(name, value));
        return this;
    }

    /// <summary>A fresh message for one attempt, carrying the call's state down the provider's handler chain.</summary>
    public HttpRequestMessage CreateMessage()
    {
        var message = new HttpRequestMessage(Method, Url) { Content = Content?.Invoke() };
        message.Options.Set(CallState.Key, new CallState(Operation, CanRetry ? RequestSafety.Idempotent : RequestSafety.SingleAttempt)
        {
            CanRetry = CanRetry,
            IsBulkTransfer = true,
            BuffersSuccessBody = false,
            ContentFactory = Content,
        });
        if (!WithApiKey)
        {
            message.Options.Set(ApiKeyHandler.OmitCredentials, true);
        }

        foreach (var (name, value) in _headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        return message;
    }
}
