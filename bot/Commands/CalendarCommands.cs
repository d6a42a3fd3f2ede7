using System.CommandLine;
using System.Globalization;
using InternalTthc.Core.Calendar;

namespace InternalTthc.Bot.Commands;

/// <summary>
/// `calendar holidays|due|lunar|solar`: the working-day calendar, for administrators; days off and deadlines count the
/// extra days stored by `calendar day-off|working-day` (<paramref name="stored"/>), conversions need no store.
/// </summary>
public static class CalendarCommands
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    /// <param name="queries">The calendar of the schedules and settings.</param>
    /// <param name="stored">The same with the stored extra days, read when a verb needs them.</param>
    public static Command Create(Func<CalendarQueries> queries, Func<CancellationToken, Task<CalendarQueries>> stored)
    {
        var calendar = new Command("calendar", "Lịch ngày làm việc, ngày nghỉ và âm lịch (working-day calendar)");

        var year = new Argument<string>("year") { Description = "Năm, ví dụ 2026" };
        var holidays = new Command("holidays", "Mọi ngày nghỉ và ngày làm bù của một năm, với lý do và văn bản") { year };
        holidays.SetAction(async (parse, ct) =>
        {
            var calendar = await stored(ct);
            return Run(() => PrintHolidays(calendar.Holidays(parse.GetValue(year)!)));
        });

        var from = new Option<string>("--from") { Description = "Thời điểm bắt đầu, giờ Việt Nam: \"yyyy-mm-dd HH:mm\"", Required = true };
        var days = new Option<int?>("--working-days") { Description = "Số ngày làm việc" };
        var hours = new Option<int?>("--working-hours") { Description = "Số giờ làm việc" };
        var jurisdiction = new Option<string>("--jurisdiction") { Description = "Mã địa phương (giờ hành chính riêng), ví dụ thua-thien-hue", DefaultValueFactory = _ => "" };
        var due = new Command("due", "Hạn xử lý: N ngày hoặc N giờ làm việc kể từ một thời điểm") { from, days, hours, jurisdiction };
        due.SetAction(async (parse, ct) =>
        {
            var calendar = await stored(ct);
            return Run(() => PrintDue(calendar.Due(parse.GetValue(from)!, parse.GetValue(days), parse.GetValue(hours), parse.GetValue(jurisdiction)!)));
        });

        var solarDate = new Argument<string>("date") { Description = "Ngày dương lịch: d/m/yyyy hoặc yyyy-mm-dd" };
        var lunar = new Command("lunar", "Đổi ngày dương lịch sang âm lịch") { solarDate };
        lunar.SetAction(parse => Run(() => PrintConversion(queries().Lunar(parse.GetValue(solarDate)!))));

        var lunarDate = new Argument<string>("date") { Description = "Ngày âm lịch: d/m/yyyy, tháng nhuận \"15/3 nhuận/2031\"" };
        var solar = new Command("solar", "Đổi ngày âm lịch sang dương lịch") { lunarDate };
        solar.SetAction(parse => Run(() => PrintConversion(queries().Solar(parse.GetValue(lunarDate)!))));

        calendar.Subcommands.Add(holidays);
        calendar.Subcommands.Add(due);
        calendar.Subcommands.Add(lunar);
        calendar.Subcommands.Add(solar);
        return calendar;
    }

    private static int Run(Action print)
    {
        try
        {
            print();
            return 0;
        }
        catch (CalendarInputException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }
    }

    private static void PrintHolidays(YearSchedule year)
    {
        Console.WriteLine(year.Origin == ScheduleOrigin.Official
            ? $"Năm {year.Year}: lịch nghỉ chính thức ({string.Join("; ", year.Documents)})"
            : $"Năm {year.Year}: CHƯA có thông báo chính thức; tính theo Bộ luật Lao động 2019, Điều 111–112");
        Console.WriteLine("Ngày nghỉ:");
        foreach (var d in year.DaysOff) Console.WriteLine($"  {Day(d.Date)}  {d.Reason}{Source(d.Source)}");
        Console.WriteLine(year.MakeUpDays.Count == 0 ? "Không có ngày làm bù." : "Ngày làm bù (là ngày làm việc):");
        foreach (var d in year.MakeUpDays) Console.WriteLine($"  {Day(d.Date)}  {d.Reason}{Source(d.Source)}");
    }

    private static void PrintDue(DueAnswer answer)
    {
        Console.WriteLine($"Bắt đầu: {Moment(answer.FromLocal)}");
        Console.WriteLine($"Thời hạn: {answer.Rule}");
        Console.WriteLine($"Hạn xử lý: {Moment(answer.DueLocal)}");
        if (answer.ComputedYears.Count > 0)
        {
            Console.WriteLine($"Lưu ý: năm {string.Join(", ", answer.ComputedYears)} chưa có lịch nghỉ chính thức; hạn có thể thay đổi khi có thông báo.");
        }
    }

    private static void PrintConversion(DateConversion c) =>
        Console.WriteLine($"Dương lịch {Day(c.Solar)} = âm lịch {c.Lunar} (năm {c.Lunar.YearName})");

    private static string Day(DateOnly d) => $"{Vi.DateTimeFormat.GetDayName(d.DayOfWeek)} {d:dd/MM/yyyy}";

    private static string Moment(DateTime t) => $"{Vi.DateTimeFormat.GetDayName(t.DayOfWeek)} {t:dd/MM/yyyy HH:mm}";

    private static string Source(string? source) => source is null ? "" : $" [{source}]";
}
