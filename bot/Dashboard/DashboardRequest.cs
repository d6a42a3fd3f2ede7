using System.Globalization;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Reports;

namespace InternalTthc.Bot.Dashboard;

/// <summary>
/// The filter a dashboard address asks for: <c>tu</c> and <c>den</c> (days as Vietnamese write them, d/M/yyyy, or
/// yyyy-MM-dd; from this year's 1 January to today when left out), <c>don-vi</c> (a unit's id) and <c>thu-tuc</c> (a procedure's code of the viewer's jurisdiction).
/// </summary>
public static class DashboardRequest
{
    /// <summary>A longer period is refused: the figures of ten years say nothing a leader can act on.</summary>
    private const int MaxYears = 10;

    /// <returns>The filter, or the reason in Vietnamese why the address is refused.</returns>
    public static (DashboardFilter? Filter, string? Problem) Read(IQueryCollection query, DashboardViewer viewer, ProcedureCatalog catalog, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(viewer);
        var today = DateOnly.FromDateTime(VietnamTime.ToLocal(clock.GetUtcNow()));
        if (!Day(query["tu"], new DateOnly(today.Year, 1, 1), out var from) || !Day(query["den"], today, out var to))
        {
            return (null, DashboardText.Get("BadDate"));
        }

        if (from > to || to.DayNumber - from.DayNumber > MaxYears * 366)
        {
            return (null, DashboardText.Get("BadPeriod", MaxYears));
        }

        Guid? unit = null;
        if (query["don-vi"].ToString() is { Length: > 0 } unitText)
        {
            if (!Guid.TryParse(unitText, out var id)) return (null, DashboardText.Get("BadUnit"));
            unit = id;
        }

        string? procedure = null;
        if (query["thu-tuc"].ToString() is { Length: > 0 } code)
        {
            if (catalog.Find(code) is not { } p || p.JurisdictionCode != viewer.Scope.JurisdictionCode) return (null, DashboardText.Get("BadProcedure"));
            procedure = p.Code;
        }

        return (new DashboardFilter(viewer.Scope, from, to, unit, procedure), null);
    }

    private static readonly string[] Formats = ["d/M/yyyy", "yyyy-MM-dd"];

    private static bool Day(string? text, DateOnly fallback, out DateOnly day)
    {
        day = fallback;
        return string.IsNullOrWhiteSpace(text) || DateOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
    }
}
