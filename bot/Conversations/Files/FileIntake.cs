using InternalTthc.Core.Cases;

namespace InternalTthc.Bot.Conversations.Files;

/// <summary>The files a message handed in, now kept with the case; or why none was kept (naming the file refused).</summary>
public sealed record FileIntake(IReadOnlyList<CaseFile> Files, string? Refusal)
{
    public static FileIntake None { get; } = new([], null);
}
