using System.Collections.Frozen;
using System.Text.Json;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Understanding;

/// <summary>The kinds' names in the corpus and model files ("mailbox-new"), and what each kind is for the bot.</summary>
public static class UtteranceKinds
{
    private static readonly FrozenDictionary<string, UtteranceKind> ByName =
        Enum.GetValues<UtteranceKind>().ToFrozenDictionary(Name, k => k, StringComparer.Ordinal);

    /// <summary>"MailboxNew" -> "mailbox-new".</summary>
    public static string Name(UtteranceKind kind) => JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString());

    public static UtteranceKind? Parse(string name) => ByName.TryGetValue(name.Trim(), out var kind) ? kind : null;

    /// <summary>The kind of request a catalog entry may serve; null for commands, facts and other.</summary>
    public static RequestKind? AsRequest(UtteranceKind kind) => Enum.TryParse<RequestKind>(kind.ToString(), out var r) ? r : null;

    /// <summary>The conversation command; null for requests, facts and other.</summary>
    public static CommandKind? AsCommand(UtteranceKind kind) => Enum.TryParse<CommandKind>(kind.ToString(), out var c) ? c : null;

    public static UtteranceKind Of(RequestKind kind) => Enum.Parse<UtteranceKind>(kind.ToString());

    public static UtteranceKind Of(CommandKind kind) => Enum.Parse<UtteranceKind>(kind.ToString());
}
