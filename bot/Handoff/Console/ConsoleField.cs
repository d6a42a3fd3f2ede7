namespace InternalTthc.Bot.Handoff.Console;

/// <summary>
/// One question of the case form an agent fills in the console: its type (the catalog's, camelCase), its options, the
/// columns of an annex list (typed one row per line, cells separated by ";"), and the value it starts with.
/// </summary>
public sealed record ConsoleField(
    string Name, string Label, string Type, bool Required, string? Help, IReadOnlyList<ConsoleChoice> Options, IReadOnlyList<string> Columns, string Value);
