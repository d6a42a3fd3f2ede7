namespace InternalTthc.Bot.Channels.Protection;

/// <summary>At most <see cref="PermitLimit"/> requests per client address in each <see cref="Window"/>.</summary>
public sealed record WindowLimit(int PermitLimit, TimeSpan Window)
{
    public WindowLimit() : this(0, TimeSpan.Zero)
    {
    }
}
