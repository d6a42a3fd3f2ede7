namespace InternalTthc.Bot.Handoff.Console;

/// <summary>A press on the console's case panel: the case card's verb and the inputs it asks for (a reason, the result...).</summary>
public sealed record ConsoleCasePress(string? Verb, Dictionary<string, string>? Inputs);
