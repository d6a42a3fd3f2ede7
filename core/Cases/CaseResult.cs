namespace InternalTthc.Core.Cases;

/// <summary>The result an agency returns: its document (số, ngày), a summary and files.</summary>
public sealed record CaseResult(string DocumentNumber, DateOnly DocumentDate, string Summary, IReadOnlyList<CaseFile> Files)
{
    /// <summary>Set when the result answers a question: <see cref="Summary"/> is the answer, <see cref="DocumentDate"/> its date, with no document number.</summary>
    public Responder? Responder { get; init; }
}
