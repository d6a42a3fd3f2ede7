namespace InternalTthc.Bot.Handoff.Console;

public sealed record ConsoleLink(string Name, string Url);
