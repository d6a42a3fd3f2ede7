namespace InternalTthc.Bot.Handoff.Console;

/// <summary>One button of the case panel: the case card's verb, its title, and the inputs it needs (a reason, the result...).</summary>
public sealed record ConsoleCaseAction(string Verb, string Title, IReadOnlyList<ConsoleField> Inputs);
