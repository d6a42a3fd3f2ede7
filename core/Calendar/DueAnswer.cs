namespace InternalTthc.Core.Calendar;

/// <summary>
/// The answer to "calendar due": the due moment of <see cref="Rule"/> started at <see cref="From"/>
/// (both UTC), and the years on the way whose days off are computed rather than announced, since
/// the official notice may still move the due moment.
/// </summary>
public sealed record DueAnswer(DateTimeOffset From, Catalog.DeadlineRule Rule, DateTimeOffset Due, IReadOnlyList<int> ComputedYears)
{
    public DateTime FromLocal => VietnamTime.ToLocal(From);

    public DateTime DueLocal => VietnamTime.ToLocal(Due);
}
