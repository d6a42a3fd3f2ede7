namespace InternalTthc.Core.Catalog;

/// <summary>A dated step inside a procedure, e.g. "Tự đánh giá" before 10 November by the unit.</summary>
public sealed record Milestone(string Name, DeadlineRule Deadline, MilestoneParty Party);
