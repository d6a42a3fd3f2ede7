using System.CommandLine;
using InternalTthc.Bot.Administration;
using InternalTthc.Core.Calendar;

namespace InternalTthc.Bot.Commands;

/// <summary>
/// `calendar day-off|working-day|remove-day|days`: the administrators' extra days, kept in the store; a running service
/// counts them within Service:HeartbeatInterval, without a restart.
/// </summary>
public static class CalendarDayCommands
{
    public const string AddedByVerb = "dòng lệnh";

    public static IEnumerable<Command> Create()
    {
        foreach (var (name, kind, description) in new[]
        {
            ("day-off", CalendarAdjustmentKind.DayOff, "Thêm một ngày nghỉ bổ sung (ví dụ 24/11/2026 --reason \"Ngày Văn hóa Việt Nam\")"),
            ("working-day", CalendarAdjustmentKind.WorkingDay, "Thêm một ngày làm bù (ngày đó là ngày làm việc)"),
        })
        {
            var date = new Argument<string>("date") { Description = "Ngày: d/m/yyyy hoặc yyyy-mm-dd" };
            var reason = new Option<string>("--reason") { Description = "Lý do, văn bản quyết định", Required = true };
            var command = new Command(name, description) { date, reason };
            command.SetAction((parse, ct) => AddAsync(parse.GetValue(date)!, kind, parse.GetValue(reason)!, Console.Out, null, ct));
            yield return command;
        }

        var removed = new Argument<string>("date") { Description = "Ngày: d/m/yyyy hoặc yyyy-mm-dd" };
        var remove = new Command("remove-day", "Bỏ một ngày khỏi lịch bổ sung") { removed };
        remove.SetAction((parse, ct) => VerbRun.RunAsync((s, t) => s.GetRequiredService<CalendarDays>().RemoveAsync(parse.GetValue(removed)!, t), Console.Out, null, ct));
        yield return remove;

        var list = new Command("days", "Liệt kê ngày nghỉ và ngày làm bù bổ sung (đã lưu)");
        list.SetAction((_, ct) => ListAsync(Console.Out, null, ct));
        yield return list;
    }

    public static Task<int> AddAsync(string date, CalendarAdjustmentKind kind, string reason, TextWriter output, Action<WebApplicationBuilder>? configure, CancellationToken ct) =>
        VerbRun.RunAsync(async (s, t) =>
        {
            var (done, message) = await s.GetRequiredService<CalendarDays>().AddAsync(date, kind, reason, AddedByVerb, t);
            var interval = (int)s.GetRequiredService<Hosting.ServiceOptions>().HeartbeatInterval.TotalSeconds;
            return (done, done ? message + Environment.NewLine + AdminText.Vietnamese("DaysRefreshed", interval) : message);
        }, output, configure, ct);

    public static Task<int> ListAsync(TextWriter output, Action<WebApplicationBuilder>? configure, CancellationToken ct) =>
        VerbRun.RunAsync(async (s, t) =>
        {
            var days = await s.GetRequiredService<CalendarDays>().ListAsync(t);
            var lines = days.Select(d => $"{VietnamTime.Format(d.Date)}\t{AdminText.Vietnamese(d.Kind == CalendarAdjustmentKind.DayOff ? "DayKindOff" : "DayKindWorking")}\t{d.Reason}\t{d.AddedBy}, {VietnamTime.Format(d.AddedAt)}");
            return (true, days.Count == 0 ? AdminText.Vietnamese("DaysNone") : string.Join(Environment.NewLine, lines));
        }, output, configure, ct);
}
