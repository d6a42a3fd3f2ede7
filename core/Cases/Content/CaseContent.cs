namespace InternalTthc.Core.Cases.Content;

/// <summary>
/// What a case asks for ("Nội dung đề nghị"), as one reader may see it: the sub-case, every answer with its
/// published label, each annex list as a table, the files handed in, who filed it and when. One view for the
/// case cards, the case page, the agent console and the generated letters; values are already texts.
/// </summary>
public sealed record CaseContent
{
    public string? SubCase { get; init; }
    public required CaseFiler Filer { get; init; }

    /// <summary>When the requester sent it (a later confirmation by his unit does not change it).</summary>
    public DateTimeOffset? FiledAt { get; init; }

    /// <summary>The answers other than annex lists and files, in the form's order.</summary>
    public IReadOnlyList<ContentAnswer> Answers { get; init; } = [];

    /// <summary>The annex lists with at least one row, in the form's order.</summary>
    public IReadOnlyList<ContentTable> Tables { get; init; } = [];

    public IReadOnlyList<ContentFile> Files { get; init; } = [];

    /// <summary>Phone and citizen ID numbers were masked for this reader.</summary>
    public bool Masked { get; init; }

    /// <summary>
    /// Who reads phone and citizen ID numbers whole: the executing agents, who act on them, and the requester's side,
    /// who gave them. Leaders and deciding authorities follow the case without them.
    /// </summary>
    public static bool ShowsPersonalDataTo(CaseRole roles) =>
        (roles & (CaseRole.Requester | CaseRole.UnitFocalPoint | CaseRole.ExecutingAgent)) != CaseRole.None;
}
