namespace InternalTthc.Bot.Handoff.Console;

/// <summary>What filing from the console answered: what to tell the agent, the new case's code, or each field's fault by name.</summary>
public sealed record ConsoleFiling(string Message, string? CaseCode, IReadOnlyDictionary<string, string> Errors)
{
    public static ConsoleFiling Refused(string message) => new(message, null, new Dictionary<string, string>());
}
