namespace LipSync.Sdk.Providers.Envelope;

/// <summary>
/// The error profile of an envelope API, built from its <see cref="EnvelopeProfile"/>: catalogue and layout as data,
/// plus the success-body check that turns <c>ok: false</c> under HTTP 200 into an error.
/// </summary>
internal sealed class EnvelopeErrorProfile : ProviderErrorProfile
{
    private readonly JsonFieldPaths? _flag;
    private readonly string _flagValue;

    public EnvelopeErrorProfile(EnvelopeProfile profile)
        : base(
            profile.Name,
            new ErrorCatalog(profile.Name, profile.Codes, profile.CaseSensitiveCodes),
            profile.ErrorLayout,
            [.. profile.RequestIdHeaders])
    {
        _flag = string.IsNullOrWhiteSpace(profile.ErrorFlagPath) ? null : new JsonFieldPaths([profile.ErrorFlagPath]);
        _flagValue = profile.ErrorFlagValue;
    }

    public override bool InspectsSuccessBodies => _flag is not null;

    // Only the flag decides: a bare resource (no flag) or ok:true is a success, whatever else it contains.
    public override bool IsErrorInSuccessBody(ReadOnlySpan<byte> body)
    {
        if (_flag is null)
        {
            return false;
        }

        var values = new string?[1];
        return ErrorBodyScanner.Scan(body, _flag, values) == ErrorBodyShape.JsonObject
            && string.Equals(values[0], _flagValue, StringComparison.OrdinalIgnoreCase);
    }
}
