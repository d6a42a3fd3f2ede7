using System.Globalization;

namespace InternalTthc.Load;

/// <summary>Starts the stand-in channel and the bot on a fresh store, links the senders, runs the scenarios and prints each.</summary>
public static class LoadHarness
{
    public static async Task<IReadOnlyList<ScenarioReport>> RunAsync(LoadOptions options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var botFolder = options.BotFolder ?? DefaultBotFolder();
        var data = Directory.CreateTempSubdirectory("internaltthc-load-").FullName;
        using var key = new ChannelKey();
        await using var channel = await ChannelStandIn.StartAsync(key);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024 }) { Timeout = TimeSpan.FromSeconds(60) };
        try
        {
            // The verb creates the store (migrations, catalog's agencies, demo directory) and links the senders before the start.
            await BotProcess.RunVerbAsync(botFolder, options, channel, data, "directory", "import", await LoadSenders.WriteImportAsync(data, options.Senders));
            var token = key.Token(BotProcess.AppId, channel.BaseUrl);
            await channel.WarmAsync(http);
            var firstTurns = new List<string>();
            await using var bot = await BotInstances.StartAsync(options.Instances, async () =>
            {
                var instance = await BotProcess.StartAsync(botFolder, options, channel, data, http);
                try
                {
                    firstTurns.Add(await Opening.FirstTurnAsync(instance, new ChannelClient(http, [instance.Url], channel.BaseUrl, token), channel, firstTurns.Count));
                    return instance;
                }
                catch
                {
                    // A first turn that failed must not leave the bot running (it would hold the port and the perf lock).
                    await instance.DisposeAsync();
                    throw;
                }
            });
            var client = new ChannelClient(http, bot.Urls, channel.BaseUrl, token);
            var opening = await Opening.RunAsync(options, bot, firstTurns, client, channel);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"InternalTthc load: {options.Store}, {options.Senders} senders, {options.Duration.TotalSeconds:F0} s per scenario, {opening}"));
            await using var store = LoadStore.Open(options, data);
            var run = new LoadRun(options, client, channel, bot);
            // One filing for both measures, so committed = acknowledged is checked over every case of the run.
            var filing = new FilingScenario();
            var reports = new List<ScenarioReport>();
            foreach (var name in options.Scenarios)
            {
                var report = name switch
                {
                    "reminders" => await new ReminderRun(options, client, channel, bot, store).RunAsync(CancellationToken.None),
                    SubmissionRun.Name => await Checked(await new SubmissionRun(options, client, channel, bot, filing).RunAsync(), filing, store),
                    "filing" => await Checked(await run.RunAsync(filing), filing, store),
                    _ => await run.RunAsync(Scenario(name, http, bot.Urls[0])),
                };
                output.WriteLine(report);
                reports.Add(report);
            }

            return reports;
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task<ScenarioReport> Checked(ScenarioReport report, FilingScenario filing, LoadStore store) =>
        report with { Verdict = await filing.CompareAsync(store, CancellationToken.None) };

    private static IScenario Scenario(string name, HttpClient http, string botUrl) => name switch
    {
        "greeting" => new GreetingScenario(),
        "directline" => new DirectLineScenario(http, botUrl),
        "lookup" => new LookupScenario(),
        _ => throw new ArgumentException($"Unknown scenario '{name}': {string.Join(", ", LoadOptions.AllScenarios)}."),
    };

    /// <summary>The bot built next to this harness: bot/bin/{configuration}/net10.0 of the same repository.</summary>
    private static string DefaultBotFolder()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (framework, configuration, repository) = (here.Name, here.Parent!.Name, here.Parent.Parent!.Parent!.Parent!.Parent!.FullName);
        return Path.Combine(repository, "bot", "bin", configuration, framework);
    }
}
