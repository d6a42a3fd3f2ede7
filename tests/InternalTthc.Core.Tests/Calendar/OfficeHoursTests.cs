using InternalTthc.Core.Calendar;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Tests.Calendar;

/// <summary>Office hours per jurisdiction with effective dates and seasons (vn-calendar.md §3.1).</summary>
public sealed class OfficeHoursTests
{
    private static readonly CalendarOptions Provinces = new()
    {
        Jurisdictions = new Dictionary<string, IReadOnlyList<OfficeHoursVariant>>
        {
            // QĐ 2022/QĐ-UBND: admin agencies 08:00–11:30, 13:00–17:30 from 01/09/2022.
            ["thua-thien-hue"] =
            [
                new() { EffectiveFrom = new DateOnly(2022, 9, 1), Sessions = [OfficeSession.Of(8, 0, 11, 30), OfficeSession.Of(13, 0, 17, 30)] },
            ],
            ["nghe-an"] =
            [
                new() { SeasonFrom = "16/4", SeasonTo = "15/10", Sessions = [OfficeSession.Of(7, 0, 11, 30), OfficeSession.Of(13, 30, 17, 0)] },
                new() { SeasonFrom = "16/10", SeasonTo = "15/4", Sessions = [OfficeSession.Of(7, 30, 12, 0), OfficeSession.Of(13, 30, 17, 0)] },
            ],
        },
    };

    private readonly OfficeHours _hours = new(Provinces);

    [Theory]
    [InlineData("thua-thien-hue", "2026-04-23", "08:00-11:30 13:00-17:30")]
    [InlineData("THUA-THIEN-HUE", "2026-04-23", "08:00-11:30 13:00-17:30")]
    [InlineData("thua-thien-hue", "2022-08-31", "07:30-11:30 13:00-17:00")] // before the decision: the default
    [InlineData("nghe-an", "2026-04-16", "07:00-11:30 13:30-17:00")]        // summer starts
    [InlineData("nghe-an", "2026-10-15", "07:00-11:30 13:30-17:00")]        // summer ends
    [InlineData("nghe-an", "2026-10-16", "07:30-12:00 13:30-17:00")]        // winter
    [InlineData("nghe-an", "2027-01-10", "07:30-12:00 13:30-17:00")]        // winter wraps the new year
    [InlineData("nghe-an", "2026-04-15", "07:30-12:00 13:30-17:00")]
    [InlineData("lai-chau", "2026-04-23", "07:30-11:30 13:00-17:00")]       // unknown code: the default
    public void Picks_the_sessions_in_force_on_the_day(string code, string day, string expected) =>
        Assert.Equal(expected, string.Join(' ', _hours.SessionsOn(code, TestCalendar.Date(day)).Select(s => $"{s.Start:HH\\:mm}-{s.End:HH\\:mm}")));

    [Fact]
    public void A_later_decision_replaces_an_earlier_one_and_defaults_can_be_configured()
    {
        var options = new CalendarOptions
        {
            DefaultHours = [new() { Sessions = [OfficeSession.Of(8, 0, 12, 0), OfficeSession.Of(13, 0, 17, 0)] }],
            Jurisdictions = new Dictionary<string, IReadOnlyList<OfficeHoursVariant>>
            {
                ["phu-yen"] =
                [
                    new() { Sessions = [OfficeSession.Of(7, 0, 11, 0)] },
                    new() { EffectiveFrom = new DateOnly(2021, 11, 1), Sessions = [OfficeSession.Of(7, 30, 12, 0), OfficeSession.Of(13, 30, 17, 0)] },
                ],
            },
        };
        var hours = new OfficeHours(options);
        Assert.Equal(new TimeOnly(7, 0), hours.SessionsOn("phu-yen", new DateOnly(2021, 10, 29))[0].Start);
        Assert.Equal(new TimeOnly(7, 30), hours.SessionsOn("phu-yen", new DateOnly(2021, 11, 1))[0].Start);
        Assert.Equal(new TimeOnly(8, 0), hours.SessionsOn("ha-noi", new DateOnly(2026, 4, 23))[0].Start);
    }

    [Fact]
    public void Working_hours_follow_the_jurisdiction_and_make_up_saturdays_keep_the_same_hours()
    {
        var calculator = new DeadlineCalculator(TestCalendar.Days(Provinces), _hours, Provinces);
        // Huế: 3.5 h in the morning and 4.5 h in the afternoon, so 8 h from the opening end at the close.
        Assert.Equal(TestCalendar.Local("2026-04-23 17:30"),
            calculator.ComputeDue("thua-thien-hue", DeadlineRule.WorkingHours(8), TestCalendar.Local("2026-04-23 08:00")));
        Assert.Equal(TestCalendar.Local("2026-08-22 17:30"),
            calculator.ComputeDue("thua-thien-hue", DeadlineRule.WorkingDays(1), TestCalendar.Local("2026-08-21 10:00")));
        Assert.Equal(TestCalendar.Local("2026-08-22 09:00"),
            calculator.ComputeDue("thua-thien-hue", DeadlineRule.WorkingHours(1), TestCalendar.Local("2026-08-21 17:30")));
    }

    [Theory]
    [InlineData("13:00", "11:30", null, null, "Giờ làm việc không hợp lệ ở \"Calendar:Jurisdictions:x:0\"")]
    [InlineData("07:30", "17:00", "16/4", null, "Mùa không hợp lệ ở \"Calendar:Jurisdictions:x:0\"")]
    [InlineData("07:30", "17:00", "31/2", "1/3", "Mùa không hợp lệ")]
    public void Broken_office_hours_fail_at_start_with_the_entry_named(string start, string end, string? from, string? to, string expected)
    {
        var options = new CalendarOptions
        {
            Jurisdictions = new Dictionary<string, IReadOnlyList<OfficeHoursVariant>>
            {
                ["x"] = [new() { SeasonFrom = from, SeasonTo = to, Sessions = [new() { Start = TimeOnly.Parse(start, null), End = TimeOnly.Parse(end, null) }] }],
            },
        };
        var error = Assert.Throws<ArgumentException>(() => new OfficeHours(options));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_or_missing_sessions_are_refused()
    {
        OfficeHoursVariant[] broken =
        [
            new() { Sessions = [OfficeSession.Of(7, 30, 12, 0), OfficeSession.Of(11, 0, 17, 0)] },
            new() { Sessions = [] },
        ];
        foreach (var variant in broken)
        {
            Assert.Throws<ArgumentException>(() => new OfficeHours(new CalendarOptions { DefaultHours = [variant] }));
        }
    }
}
