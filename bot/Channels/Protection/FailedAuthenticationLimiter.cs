using System.Globalization;
using System.Threading.RateLimiting;
using InternalTthc.Bot.Channels.DirectLine.WebChat;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Channels.Protection;

/// <summary>
/// Counts failed authentications per client address: past the limit the caller gets 429 instead of 401 until the window
/// ends. Only failures are counted, so a channel whose tokens are good is never slowed, whatever its rate.
/// </summary>
public sealed class FailedAuthenticationLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;
    private readonly IOptions<WebChatOptions> _webChat;

    public FailedAuthenticationLimiter(IOptions<RateLimitOptions> options, IOptions<WebChatOptions> webChat)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limit = options.Value.FailedAuthentication;
        _webChat = webChat;
        _limiter = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address, _ =>
            new FixedWindowRateLimiterOptions { PermitLimit = limit.PermitLimit, Window = limit.Window, QueueLimit = 0 }));
    }

    /// <summary>Counts one failure of this request's address; null while under the limit, else the 429 to answer with.</summary>
    public IResult? Count(HttpContext context, Func<IResult> tooMany)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(tooMany);
        using var lease = _limiter.AttemptAcquire(ClientAddress.Of(context, _webChat.Value));
        if (lease.IsAcquired)
        {
            return null;
        }

        if (lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        return tooMany();
    }

    public void Dispose() => _limiter.Dispose();
}
