using System.CommandLine;
using InternalTthc.Bot.Commands;
using InternalTthc.Core.Calendar;

namespace InternalTthc.Bot.Hosting;

/// <summary>The administrators' command-line verbs of the host; anything else starts the web service.</summary>
public static class HostVerbs
{
    private static readonly string[] Verbs = ["catalog", "calendar", "chat", "directory", "announce", "outbox", "backup", "health", "understanding"];

    public static bool IsVerb(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    public static Task<int> RunAsync(string[] args)
    {
        var configuration = WebApplication.CreateBuilder().Configuration;
        var calendar = CalendarCommands.Create(() => new ServiceCollection().AddWorkingCalendar(CalendarOptionsFrom(configuration))
            .BuildServiceProvider().GetRequiredService<CalendarQueries>());
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
            UnderstandingCommands.Create(),
        };
        return root.Parse(args).InvokeAsync();
    }

    public static CalendarOptions CalendarOptionsFrom(IConfiguration configuration) =>
        configuration.GetSection(CalendarOptions.SectionName).Get<CalendarOptions>() ?? new();
}
