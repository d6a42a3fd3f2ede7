using System.CommandLine;
using InternalTthc.Bot.Commands;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Catalog;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Hosting;

/// <summary>The administrators' command-line verbs of the host; anything else starts the web service.</summary>
public static class HostVerbs
{
    private static readonly string[] Verbs = ["catalog", "calendar", "chat", "directory", "announce", "outbox", "backup", "health", "retention", "understanding", "seed"];

    public static bool IsVerb(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    public static async Task<int> RunAsync(string[] args)
    {
        var configuration = WebApplication.CreateBuilder().Configuration;
        var calendar = CalendarCommands.Create(() => new ServiceCollection().AddWorkingCalendar(CalendarOptionsFrom(configuration))
            .BuildServiceProvider().GetRequiredService<CalendarQueries>(), ct => StoredCalendar.OpenAsync(configuration, Console.Out, ct));
        foreach (var day in CalendarDayCommands.Create())
        {
            calendar.Subcommands.Add(day);
        }

        var root = new RootCommand("InternalTthc: trợ lý thủ tục hành chính nội bộ")
        {
            CatalogCommands.Create(configuration),
            calendar,
            ChatCommand.Create(),
            DirectoryCommands.Create(),
            AnnouncementCommands.Create(),
            OutboxCommands.Create(),
            BackupCommands.Create(),
            HealthCommand.Create(),
            RetentionCommands.Create(),
            ZaloCommands.Create(),
            UnderstandingCommands.Create(),
            SeedCommands.Create(),
        };
        try
        {
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is CatalogException or OptionsValidationException or InvalidOperationException or System.Data.Common.DbException)
        {
            // A wrong setting or an unreachable store: one line naming it, the stack stays out of the administrator's way.
            await Console.Error.WriteLineAsync(string.Join(" ", e.Message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)));
            return 1;
        }
    }

    public static CalendarOptions CalendarOptionsFrom(IConfiguration configuration) =>
        configuration.GetSection(CalendarOptions.SectionName).Get<CalendarOptions>() ?? new();
}
