namespace InternalTthc.Bot.Handoff;

/// <summary>The Bot Framework's hand-off event names and states (botbuilder-dotnet HandoffEventNames); our service is the hub.</summary>
public static class HandoffEvents
{
    public const string Initiate = "handoff.initiate";
    public const string Status = "handoff.status";
    public const string Accepted = "accepted";
    public const string Failed = "failed";
    public const string Completed = "completed";
}
