namespace InternalTthc.Core.Cases;

/// <summary>One page of a list of cases and how many the whole list holds (the rest is reached by skipping this page).</summary>
public sealed record CasePage(IReadOnlyList<Case> Cases, int Total)
{
    public bool HasMore(int skip) => skip + Cases.Count < Total;
}
