namespace LipSync.Sdk.Tests.Errors;

/// <summary>Each exception subclass fixes its kind: a typed catch always means what its type says.</summary>
public sealed class ExceptionKindTests
{
    [Fact]
    public void A_single_kind_subclass_takes_no_kind_and_carries_its_own()
    {
        new LipSyncRateLimitException("slow down", isRetryable: true, "sync").Kind.Should().Be(LipSyncErrorKind.RateLimited);
        new LipSyncTimeoutException("late", isRetryable: true, "sync").Kind.Should().Be(LipSyncErrorKind.Timeout);
        new LipSyncNotFoundException("gone", isRetryable: false, "sync").Kind.Should().Be(LipSyncErrorKind.NotFound);
    }

    [Theory]
    [InlineData(LipSyncErrorKind.RateLimited)]
    [InlineData(LipSyncErrorKind.InvalidRequest)]
    public void A_grouping_subclass_refuses_a_kind_outside_its_group(LipSyncErrorKind kind)
    {
        var act = () => new LipSyncAuthenticationException("no", kind, isRetryable: false, "sync");

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("kind");
    }

    [Theory]
    [InlineData(401, typeof(LipSyncAuthenticationException), LipSyncErrorKind.Authentication)]
    [InlineData(403, typeof(LipSyncAuthenticationException), LipSyncErrorKind.PermissionDenied)]
    [InlineData(413, typeof(LipSyncValidationException), LipSyncErrorKind.InvalidMedia)]
    [InlineData(429, typeof(LipSyncRateLimitException), LipSyncErrorKind.RateLimited)]
    [InlineData(503, typeof(LipSyncServiceException), LipSyncErrorKind.ServiceUnavailable)]
    [InlineData(504, typeof(LipSyncTimeoutException), LipSyncErrorKind.Timeout)]
    public void FromResponse_still_builds_each_subclass_with_its_kind(int status, Type type, LipSyncErrorKind kind)
    {
        var error = LipSyncErrors.FromResponse("sync", status, "{}");

        error.Should().BeOfType(type);
        error.Kind.Should().Be(kind);
    }
}
