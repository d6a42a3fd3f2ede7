namespace InternalTthc.Bot.Handoff.Console;

/// <summary>What the console shows at once: who is signed in, whether he takes new requests, the queue, the canned replies.</summary>
public sealed record ConsoleState(string Name, string Login, bool Online, IReadOnlyList<ConsoleRow> Queue, IReadOnlyList<string> Canned);
