namespace InternalTthc.Bot.Conversations.Cases;

/// <summary>A case button pressed on a text channel, waiting for the text it needs (a reason, the result's fields).</summary>
public sealed record PendingCaseAction(string Verb, Dictionary<string, string> Args);
