using InternalTthc.Core.Cases.Content;

namespace InternalTthc.Cards.Cases;

/// <summary>
/// A case as a row of "hồ sơ của tôi" shows it: its code, procedure, status, due date and what it asks for, no more (a
/// full <see cref="CaseView"/> also worked out its clock, requester's deadline, stages and answer for every row).
/// </summary>
/// <param name="Content">What the case asks for as this reader may see it; the row shows it in two facts.</param>
public sealed record CaseListRow(string Code, string ProcedureName, string Status, string? ResolutionDue, CaseContent Content);
