using System.Globalization;
using System.Threading.RateLimiting;
using InternalTthc.Bot.Channels.DirectLine.WebChat;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Channels.Protection;

/// <summary>ASP.NET Core's rate limiter with one fixed-window policy per kind of endpoint, partitioned by client address.</summary>
public static class RateLimitPolicies
{
    public const string DirectLineTokens = "directline-tokens";
    public const string Pages = "pages";

    /// <summary>Registers the limits of <see cref="RateLimitOptions"/>, the failed-authentication limiter and the security headers.</summary>
    public static IServiceCollection AddTthcProtection(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.Section))
            .Validate(o => new[] { o.FailedAuthentication, o.DirectLineTokens, o.Pages }.All(l => l.PermitLimit > 0 && l.Window > TimeSpan.Zero),
                "RateLimits:*:PermitLimit and RateLimits:*:Window must be positive.")
            .ValidateOnStart();
        services.AddOptions<SecurityOptions>().Bind(configuration.GetSection(SecurityOptions.Section))
            .Validate(o => o.FrameAncestors.All(origin => Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps),
                "Security:FrameAncestors must list https origins (e.g. https://portal.example.gov.vn).")
            .ValidateOnStart();
        services.TryAddSingleton<FailedAuthenticationLimiter>();
        services.AddSingleton<SecurityHeaders>();
        services.AddSingleton<UnreadableRequests>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (rejected, _) =>
            {
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    rejected.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
            limiter.AddPolicy(DirectLineTokens, context => Partition(context, o => o.DirectLineTokens));
            limiter.AddPolicy(Pages, context => Partition(context, o => o.Pages));
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, Func<RateLimitOptions, WindowLimit> pick)
    {
        var services = context.RequestServices;
        var limit = pick(services.GetRequiredService<IOptions<RateLimitOptions>>().Value);
        return RateLimitPartition.GetFixedWindowLimiter(ClientAddress.Of(context, services.GetRequiredService<IOptions<WebChatOptions>>().Value),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = limit.PermitLimit, Window = limit.Window, QueueLimit = 0 });
    }
}
