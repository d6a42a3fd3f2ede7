using System.Globalization;

namespace InternalTthc.Load;

/// <summary>What one run of the harness does; from the command line (see README, "Performance").</summary>
public sealed record LoadOptions
{
    public static IReadOnlyList<string> AllScenarios { get; } = ["greeting", "directline", "filing", SubmissionRun.Name, "lookup", "reminders"];

    /// <summary>What <c>--help</c> prints, and an unknown option after its complaint.</summary>
    public const string Usage = """
        dotnet run -c Release --project tests/InternalTthc.Load -- [options]
          --scenarios LIST    comma-separated, in order; all by default:
                                greeting     "xin chào" on /api/messages, the menu checked
                                directline   the same through Direct Line (token, conversation, post and read)
                                filing       whole forms: open, fill, skip the file, confirm; cases/s counts all four turns
                                             in the window, the latency is the confirm's
                                submit       the confirm turn alone: every sender's form opened, filled and its file skipped
                                             before the window, then --connections users confirm them; cases/s and latency
                                             of the confirm turns that create the cases (rounds until --seconds of windows;
                                             --senders forms a round)
                                lookup       "hồ sơ của tôi"
                                reminders    --reminders proactive messages through the outbox at --send-rate
                              filing and submit check that the committed cases are the acknowledged ones (PASS/FAIL)
          --seconds N         each scenario's measured time (10)
          --connections N     users sending at once (64)
          --senders N         chat accounts linked to demo focal points, one conversation each (200)
          --greet-all         every sender says "xin chào" once first; memory printed after
          --instances N       processes of the service on the one store, requests round-robin (1)
          --reminders N       reminders queued at once (10000)
          --send-rate N       the bot's Outbox:MessagesPerSecond for the run (50)
          --postgres CONN     PostgreSQL (an empty database) instead of a fresh SQLite file
          --bot FOLDER        another build of the bot (a dotnet publish output)
          --short             the test suite's mode: 1 s, 4 users, 8 senders, 100 reminders at 100/s; no figure judged
        """;

    /// <summary>Scenarios to run, in order; by default all of <see cref="AllScenarios"/>.</summary>
    public IReadOnlyList<string> Scenarios { get; init; } = AllScenarios;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Simulated users sending at once (each waits for its answer before the next message).</summary>
    public int Connections { get; init; } = 64;

    /// <summary>Distinct senders (chat accounts linked to demo focal points); conversations are one per sender.</summary>
    public int Senders { get; init; } = 200;

    /// <summary>Instances of the service on the one store, requests spread over them in turn (two for PostgreSQL's target).</summary>
    public int Instances { get; init; } = 1;

    /// <summary>Every sender greets once before the scenarios, so each of his conversations has state; memory is printed after.</summary>
    public bool GreetAll { get; init; }

    /// <summary>Short mode for the test suite: a second per scenario, 4 users; it checks that the harness works, nothing timed.</summary>
    public bool Short { get; init; }

    /// <summary>"Sqlite" (a fresh file in a temporary folder) or "PostgreSql" with <see cref="ConnectionString"/>.</summary>
    public string Store { get; init; } = "Sqlite";

    public string? ConnectionString { get; init; }

    /// <summary>Proactive reminders the reminders scenario queues at once.</summary>
    public int Reminders { get; init; } = 10_000;

    /// <summary>The bot's <c>Outbox:MessagesPerSecond</c> for the run, which the reminders scenario judges it by.</summary>
    public int SendRate { get; init; } = 50;

    /// <summary>The bot's build output (InternalTthc.Bot.dll); by default the one built next to this harness.</summary>
    public string? BotFolder { get; init; }

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--short" => options with { Short = true, Duration = TimeSpan.FromSeconds(1), Connections = 4, Senders = 8, Reminders = 100, SendRate = 100 },
                "--scenarios" => options with { Scenarios = Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "--seconds" => options with { Duration = TimeSpan.FromSeconds(double.Parse(Next(), CultureInfo.InvariantCulture)) },
                "--connections" => options with { Connections = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--senders" => options with { Senders = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--reminders" => options with { Reminders = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--send-rate" => options with { SendRate = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--instances" => options with { Instances = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--greet-all" => options with { GreetAll = true },
                "--postgres" => options with { Store = "PostgreSql", ConnectionString = Next() },
                "--bot" => options with { BotFolder = Next() },
                "--help" => throw new ArgumentException(Usage),
                var other => throw new ArgumentException($"Unknown option {other}.{Environment.NewLine}{Usage}"),
            };
        }

        return options;
    }
}
