namespace InternalTthc.Core.Cases;

/// <summary>The result an agency returns: its document (số, ngày), a summary and files.</summary>
public sealed record CaseResult(string DocumentNumber, DateOnly DocumentDate, string Summary, IReadOnlyList<CaseFile> Files);
