namespace InternalTthc.Bot.Conversations.Cases;

/// <summary>A case button waiting for what it needs: the text a text channel asks for (a reason, the result's fields), or the result's files.</summary>
/// <param name="ForFiles">Every input is there; the result waits for its files (or "bỏ qua").</param>
public sealed record PendingCaseAction(string Verb, Dictionary<string, string> Args, bool ForFiles = false, bool Question = false);
