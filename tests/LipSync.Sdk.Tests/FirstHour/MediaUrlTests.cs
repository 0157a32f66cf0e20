namespace LipSync.Sdk.Tests.FirstHour;

/// <summary>
/// Issue 11 defect 11: a relative URL threw a raw <see cref="UriFormatException"/> while <c>ftp://</c> gave a clear
/// <see cref="ArgumentException"/>. Every wrong media or webhook URL now gives the same exception naming the parameter.
/// </summary>
public sealed class MediaUrlTests
{
    [Theory]
    [InlineData("videos/speaker.mp4", "relative")]
    [InlineData("not a url", "relative")]
    [InlineData("ftp://files.example.com/speaker.mp4", "ftp URL")]
    [InlineData("file:///tmp/speaker.mp4", "file URL")]
    [InlineData("mailto:someone@example.com", "mailto URL")]
    public void Every_unusable_media_url_is_one_argument_exception_naming_the_parameter(string url, string why)
    {
        var fromText = () => MediaSource.FromUrl(url);

        var error = fromText.Should().Throw<ArgumentException>().Which;
        error.Should().NotBeOfType<UriFormatException>();
        error.ParamName.Should().Be("url");
        error.Message.Should().Contain("absolute http or https URL").And.Contain(why);
    }

    [Fact]
    public void A_relative_uri_object_is_refused_the_same_way()
    {
        var fromUri = () => MediaSource.FromUrl(new Uri("speaker.mp4", UriKind.Relative));

        fromUri.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("url");
    }

    [Fact]
    public void The_message_never_repeats_a_signed_query()
    {
        var act = () => MediaSource.FromUrl("ftp://files.example.com/v.mp4?signature=secret-token");

        act.Should().Throw<ArgumentException>().Which.Message.Should().NotContain("secret-token");
    }

    [Theory]
    [InlineData("hooks/lipsync")]
    [InlineData("ftp://hooks.example.com/lipsync")]
    public void A_webhook_url_is_checked_when_set(string url)
    {
        var act = () => new LipSyncRequest
        {
            Video = MediaSource.FromUrl("https://cdn.example.com/v.mp4"),
            Audio = MediaSource.FromUrl("https://cdn.example.com/a.wav"),
            WebhookUrl = new Uri(url, UriKind.RelativeOrAbsolute),
        };

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be(nameof(LipSyncRequest.WebhookUrl));
    }

    [Fact]
    public void An_https_url_is_accepted()
    {
        MediaSource.FromUrl("https://cdn.example.com/v.mp4?sig=1").Url.Host.Should().Be("cdn.example.com");
    }
}
