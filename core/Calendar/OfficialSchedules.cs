using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace InternalTthc.Core.Calendar;

/// <summary>
/// Reads the yearly schedule files. The 2024–2026 notices are embedded in this assembly, so every
/// host (bot, verbs, tests, benchmarks) has them without a path; files in an optional directory are
/// read after them and win by year, so next year's notice can be added without a release.
/// </summary>
public static class OfficialSchedules
{
    private const string ResourcePrefix = "InternalTthc.Core.Calendar.Data.";

    public static IReadOnlyDictionary<int, YearSchedule> Load(string? directory = null)
    {
        var years = new Dictionary<int, YearSchedule>();
        var assembly = typeof(OfficialSchedules).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(IsScheduleResource).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var schedule = Parse(stream, name);
            years[schedule.Year] = schedule;
        }
        if (directory is not null)
        {
            foreach (var path in System.IO.Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
            {
                using var stream = File.OpenRead(path);
                var schedule = Parse(stream, path);
                years[schedule.Year] = schedule;
            }
        }
        return years;
    }

    /// <summary>Parses and checks one file; a broken file fails loudly with its name and the offending value.</summary>
    public static YearSchedule Parse(Stream json, string name)
    {
        OfficialScheduleFile file;
        try
        {
            file = JsonSerializer.Deserialize<OfficialScheduleFile>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web)
            {
                ReadCommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
            }) ?? throw new JsonException("null");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException(CalendarText.Message("BadScheduleFile", name, e.Message), e);
        }
        var daysOff = file.DaysOff.SelectMany(r => r.Days()).OrderBy(d => d.Date).ToList();
        var makeUp = file.WorkingDays.SelectMany(r => r.Days()).OrderBy(d => d.Date).ToList();
        var problem = Check(file, daysOff, makeUp);
        if (problem is not null)
        {
            throw new InvalidDataException(CalendarText.Message("BadScheduleFile", name, problem));
        }
        return new YearSchedule(file.Year, ScheduleOrigin.Official, file.Documents, daysOff, makeUp);
    }

    private static string? Check(OfficialScheduleFile file, List<CalendarEntry> daysOff, List<CalendarEntry> makeUp)
    {
        if (file.Year is < VietnameseLunarCalendar.MinYear or > VietnameseLunarCalendar.MaxYear)
        {
            return $"year {file.Year}";
        }
        var bad = file.DaysOff.Concat(file.WorkingDays).FirstOrDefault(r => r.To < r.From || string.IsNullOrWhiteSpace(r.Reason));
        if (bad is not null)
        {
            return $"{bad.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: \"{bad.Reason}\"";
        }
        // A day outside the year, a make-up day that is not a weekend day, a day both off and working, a day twice.
        var misplaced = daysOff.Concat(makeUp).FirstOrDefault(d => d.Date.Year != file.Year)
            ?? makeUp.FirstOrDefault(d => d.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            ?? makeUp.FirstOrDefault(d => daysOff.Any(o => o.Date == d.Date))
            ?? daysOff.GroupBy(d => d.Date).Where(g => g.Count() > 1).Select(g => g.First()).FirstOrDefault();
        return misplaced?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static bool IsScheduleResource(string name) =>
        name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".json", StringComparison.Ordinal);
}
