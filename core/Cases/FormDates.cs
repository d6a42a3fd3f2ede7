using System.Globalization;

namespace InternalTthc.Core.Cases;

/// <summary>The moment a date or date-time answer stands for, in Vietnam: a date is its first moment (the day itself is not counted).</summary>
public static class FormDates
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "yyyy-MM-dd HH:mm"];

    /// <summary>The moment of a stored answer ("2026-11-01", "2026-11-01 08:30"); null when it is missing or not a date.</summary>
    public static DateTimeOffset? Moment(string? stored) =>
        stored is not null && DateTime.TryParseExact(stored, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? Calendar.VietnamTime.ToUtc(local)
            : null;
}
