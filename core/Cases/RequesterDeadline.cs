using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Cases;

/// <summary>A period the requester's side must keep, counted from a date it wrote in the form ("15 ngày kể từ ngày có quyết định").</summary>
public sealed record RequesterDeadline(Milestone Milestone, DateTimeOffset From, DateTimeOffset Due)
{
    /// <summary>Whether filing at <paramref name="at"/> is late against the regulation.</summary>
    public bool IsMissedAt(DateTimeOffset at) => at > Due;
}
