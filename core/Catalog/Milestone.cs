namespace InternalTthc.Core.Catalog;

/// <summary>
/// A dated step inside a procedure, e.g. "Tự đánh giá" before 10 November by the unit, or the requester's
/// "within 15 days of the retirement decision" counted from a date of the form.
/// </summary>
/// <param name="Text">The source's sentence, verbatim; the validator checks the rule against it like a deadline text.</param>
public sealed record Milestone(string Name, DeadlineRule Deadline, MilestoneParty Party, string? Text = null);
