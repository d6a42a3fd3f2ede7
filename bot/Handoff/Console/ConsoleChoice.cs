namespace InternalTthc.Bot.Handoff.Console;

/// <summary>One option of a list in the console: what is sent back and what the agent reads.</summary>
public sealed record ConsoleChoice(string Value, string Label);
