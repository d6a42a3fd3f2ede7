namespace InternalTthc.Core.Cases;

/// <summary>What a person asks to file: the procedure, the sub-case, the answers and files.</summary>
public sealed record DraftRequest(Guid RequesterId, string ProcedureCode, string? SubCaseCode, FormAnswers Answers)
{
    /// <summary>An id chosen by the caller (the form's session), so a retried submission opens one case only.</summary>
    public Guid? CaseId { get; init; }

    /// <summary>
    /// Whether an earlier attempt may have filed under <see cref="CaseId"/>, to be looked up first; false when the caller
    /// knows none did (a form never pressed before: its case, if any, would have committed with its mark), which spares
    /// the look-up of every filing.
    /// </summary>
    public bool MayBeFiled { get; init; } = true;

    public IReadOnlyList<CaseFile> Files { get; init; } = [];

    /// <summary>The form's state saved "filed" in the case's transaction (a form's confirm), so a second press files nothing.</summary>
    public FilingMark? Mark { get; init; }
}
