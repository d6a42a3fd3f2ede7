using System.Text;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Catalog;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Core.Tests.Calendar;

/// <summary>The "Calendar" section as an administrator writes it in appsettings.json, bound and registered as the host does.</summary>
public sealed class CalendarOptionsBindingTests
{
    private const string Settings = """
        {
          "Calendar": {
            "DueAt": "Midnight",
            "Jurisdictions": {
              "nghe-an": [
                { "SeasonFrom": "16/4", "SeasonTo": "15/10", "Sessions": [ { "Start": "07:00", "End": "11:30" }, { "Start": "13:30", "End": "17:00" } ] },
                { "SeasonFrom": "16/10", "SeasonTo": "15/4", "Sessions": [ { "Start": "07:30", "End": "12:00" }, { "Start": "13:30", "End": "17:00" } ] }
              ],
              "thua-thien-hue": [
                { "EffectiveFrom": "2022-09-01", "Source": "QĐ 2022/QĐ-UBND", "Sessions": [ { "Start": "08:00", "End": "11:30" }, { "Start": "13:00", "End": "17:30" } ] }
              ]
            },
            "ExtraDaysOff": [ { "Date": "2026-11-24", "Reason": "Ngày Văn hóa Việt Nam" } ]
          }
        }
        """;

    [Fact]
    public void Binds_from_json_configuration_and_serves_deadlines_through_dependency_injection()
    {
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(Settings))).Build();
        var options = configuration.GetSection(CalendarOptions.SectionName).Get<CalendarOptions>()!;

        Assert.Equal(DayEnd.Midnight, options.DueAt);
        Assert.Equal(2, options.Jurisdictions["nghe-an"].Count);
        Assert.Equal(new TimeOnly(13, 30), options.Jurisdictions["nghe-an"][1].Sessions[1].Start);
        Assert.Equal(new DateOnly(2022, 9, 1), options.Jurisdictions["thua-thien-hue"][0].EffectiveFrom);
        Assert.Empty(options.DefaultHours);

        using var services = new ServiceCollection().AddWorkingCalendar(options).BuildServiceProvider();
        var calculator = services.GetRequiredService<IDeadlineCalculator>();
        Assert.Equal("2026-11-26 00:00", TestCalendar.Show(calculator.ComputeDue("nghe-an", DeadlineRule.WorkingDays(1), TestCalendar.Local("2026-11-23 10:00"))));
        Assert.Equal(TestCalendar.Local("2026-06-01 07:00"),
            calculator.ComputeDue("nghe-an", DeadlineRule.WorkingHours(0), TestCalendar.Local("2026-05-30 10:00")));
        Assert.Equal(ScheduleOrigin.Official, services.GetRequiredService<CalendarQueries>().Holidays("2026").Origin);
        Assert.NotNull(services.GetRequiredService<DeadlineStatusEvaluator>());
    }
}
