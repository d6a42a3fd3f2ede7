using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.Administration;

/// <summary>What the last action on the administrator page did: done or not, its message, and a directory file's faults.</summary>
public sealed record AdminPageResult(bool Done, string Message, IReadOnlyList<DirectoryFault> Faults)
{
    public static AdminPageResult Of((bool Done, string Message) outcome) => new(outcome.Done, outcome.Message, []);
}
