using InternalTthc.Core.Calendar;
using InternalTthc.Core.Cases;

namespace InternalTthc.Core.Reports;

/// <summary>
/// What the dashboard counts of one case, worked out when the case is saved so that the store can group a million
/// cases without the calendar: the day it was finished (resolved or rejected) in Vietnam, how it kept its deadline,
/// the working time it took from receipt, and its rating.
/// </summary>
public sealed record CaseFigures(DateOnly? FinishedOn, CaseTimeliness? Timeliness, int? HandlingMinutes, int? RatingScore)
{
    public static CaseFigures Of(Case c, IDeadlineCalculator calendar)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(calendar);
        var rating = c.Rating?.Score;
        if (c.Status is not (CaseStatus.Resolved or CaseStatus.Rejected) || c.ClosedAt is not { } closed)
        {
            return new CaseFigures(null, null, null, rating);
        }

        var day = DateOnly.FromDateTime(VietnamTime.ToLocal(closed));
        var timeliness = c.ResolutionDueAt is not { } due ? (CaseTimeliness?)null
            : closed > due ? CaseTimeliness.Late
            : day < DateOnly.FromDateTime(VietnamTime.ToLocal(due)) ? CaseTimeliness.Early
            : CaseTimeliness.OnTime;
        var minutes = (c.ReceivedAt ?? c.SubmittedAt) is { } start ? (int?)calendar.WorkingTimeBetween(c.JurisdictionCode, start, closed).TotalMinutes : null;
        return new CaseFigures(day, timeliness, minutes, rating);
    }
}
