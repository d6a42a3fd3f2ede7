namespace InternalTthc.Core.Notifications;

/// <summary>One send's token from <see cref="SendRateLimiter"/>: taken at <see cref="TakenAt"/>, given back (once) when disposed.</summary>
public sealed class SendPermit(DateTimeOffset takenAt, Action giveBack) : IDisposable
{
    private int _returned;

    public DateTimeOffset TakenAt => takenAt;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _returned, 1) == 0)
        {
            giveBack();
        }
    }
}
