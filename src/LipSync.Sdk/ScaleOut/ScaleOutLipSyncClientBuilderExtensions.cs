using LipSync.Sdk.ScaleOut;

namespace LipSync.Sdk;

/// <summary>Adds the scale-out middleware to a <see cref="LipSyncClientBuilder"/>.</summary>
public static class ScaleOutLipSyncClientBuilderExtensions
{
    /// <summary>
    /// Adds job journaling, job-lifetime concurrency slots, shared request-rate limits and webhook-driven waits. Shared
    /// state lives in <see cref="ScaleOutOptions.Backend"/>, else the <see cref="IScaleOutBackend"/> registered in the
    /// service provider (Redis with <c>LipSync.Sdk.Redis</c>), else a new in-process backend.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Sets the plan's concurrency, rate limits and webhook grace period.</param>
    /// <returns>The builder.</returns>
    public static LipSyncClientBuilder UseScaleOut(this LipSyncClientBuilder builder, Action<ScaleOutOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new ScaleOutOptions();
        configure?.Invoke(options);
        InProcessScaleOutBackend? fallback = null;
        return builder.Use((inner, services) =>
        {
            var backend = options.Backend
                ?? services.GetService(typeof(IScaleOutBackend)) as IScaleOutBackend
                ?? (fallback ??= new InProcessScaleOutBackend());
            return new ScaleOutLipSyncClient(inner, backend, options);
        });
    }
}
