namespace InternalTthc.Bot.Handoff.Console;

/// <summary>One request in the console's queue.</summary>
public sealed record ConsoleRow(
    string Id, string Requester, string Unit, string Reason, bool Critical, string Status, string? Agent, bool Mine, string RequestedAt, int WaitedMinutes);
