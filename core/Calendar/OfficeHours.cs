using System.Collections.Immutable;
using System.Globalization;

namespace InternalTthc.Core.Calendar;

/// <summary>
/// Office sessions per jurisdiction and day: the jurisdiction's variants in the settings (<see cref="CalendarOptions"/>,
/// the administrator's) when it has one for the day, else those of its catalog file, else the default ones, else
/// <see cref="Standard"/>. Make-up Saturdays use the same hours as any working day. Checked when given: the settings at
/// construction, the catalog's at start and at every reload (<see cref="UseCatalogHours"/>).
/// </summary>
public sealed class OfficeHours
{
    private readonly IReadOnlyList<Variant> _default;
    private readonly Dictionary<string, IReadOnlyList<Variant>> _byJurisdiction;
    // Swapped whole by a catalog reload while deadlines are computed: readers take one reference, never a half-built one.
    private volatile Dictionary<string, IReadOnlyList<Variant>> _byCatalog;

    public OfficeHours(CalendarOptions options)
    {
        _default = Compile(CalendarOptions.SectionName + ":DefaultHours", options.DefaultHours);
        _byJurisdiction = Compile(CalendarOptions.SectionName + ":Jurisdictions", options.Jurisdictions);
        _byCatalog = Compile("catalog", options.CatalogHours);
    }

    /// <summary>The hours the catalog files give their jurisdictions, replacing those given before (a catalog reload).</summary>
    public void UseCatalogHours(IReadOnlyDictionary<string, IReadOnlyList<OfficeHoursVariant>> hours) => _byCatalog = Compile("catalog", hours);

    /// <summary>07:30–11:30 and 13:00–17:00 (8 hours), the usual one-stop desk hours.</summary>
    public static IReadOnlyList<OfficeSession> Standard { get; } =
        ImmutableArray.Create(OfficeSession.Of(7, 30, 11, 30), OfficeSession.Of(13, 0, 17, 0));

    /// <summary>The sessions the office keeps on <paramref name="day"/> if it is a working day.</summary>
    public IReadOnlyList<OfficeSession> SessionsOn(string jurisdictionCode, DateOnly day) =>
        (_byJurisdiction.TryGetValue(jurisdictionCode, out var own) ? Pick(own, day) : null)
        ?? (_byCatalog.TryGetValue(jurisdictionCode, out var published) ? Pick(published, day) : null)
        ?? Pick(_default, day)
        ?? Standard;

    private static IReadOnlyList<OfficeSession>? Pick(IReadOnlyList<Variant> variants, DateOnly day)
    {
        // A plain loop: this runs for every day a deadline crosses.
        int dayOfYear = day.Month * 100 + day.Day;
        Variant? best = null;
        foreach (var variant in variants)
        {
            if (variant.From <= day && day <= variant.To && variant.InSeason(dayOfYear)
                && (best is null || variant.From > best.From || (variant.From == best.From && variant.SeasonFrom.HasValue && !best.SeasonFrom.HasValue)))
            {
                best = variant;
            }
        }
        return best?.Sessions;
    }

    private static Dictionary<string, IReadOnlyList<Variant>> Compile(string name, IReadOnlyDictionary<string, IReadOnlyList<OfficeHoursVariant>> hours) =>
        hours.ToDictionary(j => j.Key, j => Compile($"{name}:{j.Key}", j.Value), StringComparer.OrdinalIgnoreCase);

    private static IReadOnlyList<Variant> Compile(string name, IReadOnlyList<OfficeHoursVariant> variants) =>
        variants.Select((v, i) => Compile($"{name}:{i}", v)).ToList();

    private static Variant Compile(string name, OfficeHoursVariant variant)
    {
        var sessions = variant.Sessions;
        var broken = sessions.Count == 0
            ? "[]"
            : sessions.Select((s, i) => (s, i)).Where(x => x.s.Start >= x.s.End || (x.i > 0 && sessions[x.i - 1].End > x.s.Start))
                .Select(x => $"{x.s.Start:HH\\:mm}–{x.s.End:HH\\:mm}").FirstOrDefault();
        if (broken is not null)
        {
            throw new ArgumentException(CalendarText.Message("BadSession", name, broken));
        }
        if (variant.SeasonFrom is null != variant.SeasonTo is null)
        {
            throw new ArgumentException(CalendarText.Message("BadSeason", name, variant.SeasonFrom ?? variant.SeasonTo ?? ""));
        }
        return new Variant(variant.EffectiveFrom ?? DateOnly.MinValue, variant.EffectiveTo ?? DateOnly.MaxValue,
            ParseSeasonDay(name, variant.SeasonFrom), ParseSeasonDay(name, variant.SeasonTo), sessions);
    }

    /// <summary>"16/4" as 416, so days of the year compare as month * 100 + day.</summary>
    private static int? ParseSeasonDay(string name, string? text)
    {
        if (text is null)
        {
            return null;
        }
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int day)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int month)
            && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2024, month))
        {
            return month * 100 + day;
        }
        throw new ArgumentException(CalendarText.Message("BadSeason", name, text));
    }

    private sealed record Variant(DateOnly From, DateOnly To, int? SeasonFrom, int? SeasonTo, IReadOnlyList<OfficeSession> Sessions)
    {
        public bool InSeason(int dayOfYear) => SeasonFrom is not int from || SeasonTo is not int to
            || (from <= to ? dayOfYear >= from && dayOfYear <= to : dayOfYear >= from || dayOfYear <= to);
    }
}
