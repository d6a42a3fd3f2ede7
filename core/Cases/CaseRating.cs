namespace InternalTthc.Core.Cases;

/// <summary>How satisfied the requester's side was with a result: 1 (very poor) to 5 (very good), kept for the reports.</summary>
public sealed record CaseRating(int Score, string? Comment, Guid RatedBy, DateTimeOffset RatedAt)
{
    public const int Lowest = 1;
    public const int Highest = 5;
}
