namespace InternalTthc.Core.Catalog;

/// <summary>One cause of a system event, with its period where the source gives one.</summary>
public sealed record SystemEventTrigger
{
    public required SystemEventCause On { get; init; }

    /// <summary>How long after the cause began (inactivity, another event).</summary>
    public Period? After { get; init; }

    /// <summary>The code of the event this one follows, for <see cref="SystemEventCause.AfterEvent"/>.</summary>
    public string? Event { get; init; }

    /// <summary>The interval of a <see cref="SystemEventCause.Schedule"/>.</summary>
    public Period? Every { get; init; }
}
