namespace InternalTthc.Bot.Handoff.Console;

/// <summary>One line of a transcript as the console shows it; files as links signed for the agent reading it.</summary>
public sealed record ConsoleLine(string Side, string Author, string Text, string At, IReadOnlyList<ConsoleLink> Files);
