using System.Globalization;
using InternalTthc.Core.Calendar;

namespace InternalTthc.Bot.Administration;

/// <summary>
/// The administrators' extra days off and make-up days: checked, stored, and counted by this instance's deadline
/// calculator at once (the other instances take them on their next refresh).
/// </summary>
public sealed class CalendarDays(ICalendarAdjustmentStore store, CalendarAdjustments adjustments, TimeProvider clock)
{
    private static readonly string[] DateFormats = ["d/M/yyyy", "yyyy-MM-dd", "d-M-yyyy", "d.M.yyyy"];

    public Task<IReadOnlyList<CalendarAdjustment>> ListAsync(CancellationToken cancellationToken) => store.ListAsync(cancellationToken);

    /// <summary>Stores the day; returns the Vietnamese answer and whether it was stored.</summary>
    public async Task<(bool Done, string Message)> AddAsync(string date, CalendarAdjustmentKind kind, string? reason, string addedBy, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(date.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return (false, AdminText.Vietnamese("DayBadDate", date));
        }

        if (day.Year is < VietnameseLunarCalendar.MinYear or > VietnameseLunarCalendar.MaxYear)
        {
            return (false, AdminText.Vietnamese("DayOutOfRange", VietnameseLunarCalendar.MinYear, VietnameseLunarCalendar.MaxYear));
        }

        var why = reason?.Trim() ?? "";
        if (why.Length is 0 or > 400)
        {
            return (false, AdminText.Vietnamese("DayNoReason"));
        }

        await store.SaveAsync(new CalendarAdjustment { Date = day, Kind = kind, Reason = why, AddedBy = addedBy, AddedAt = clock.GetUtcNow() }, cancellationToken);
        await RefreshAsync(cancellationToken);
        var key = kind == CalendarAdjustmentKind.DayOff ? "DayOffAdded" : "WorkingDayAdded";
        return (true, AdminText.Vietnamese(key, VietnamTime.Format(day), why));
    }

    public async Task<(bool Done, string Message)> RemoveAsync(string date, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(date.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return (false, AdminText.Vietnamese("DayBadDate", date));
        }

        var removed = await store.RemoveAsync(day, cancellationToken);
        await RefreshAsync(cancellationToken);
        return (removed, AdminText.Vietnamese(removed ? "DayRemoved" : "DayNotStored", VietnamTime.Format(day)));
    }

    /// <summary>Takes the stored days into this instance's calendar.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken) => adjustments.Replace(await store.ListAsync(cancellationToken));
}
