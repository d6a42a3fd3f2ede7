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
            await using var bot = await BotProcess.StartAsync(botFolder, options, channel, data, http);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"InternalTthc load: {options.Store}, {options.Senders} senders, {options.Duration.TotalSeconds:F0} s per scenario, bot ready in {bot.StartTime.TotalSeconds:F2} s"));
            var client = new ChannelClient(http, bot.Url, channel.BaseUrl, key.Token(BotProcess.AppId, channel.BaseUrl));
            var run = new LoadRun(options, client, channel, bot);
            var reports = new List<ScenarioReport>();
            foreach (var scenario in options.Scenarios.Select(Scenario))
            {
                var report = await run.RunAsync(scenario);
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

    private static IScenario Scenario(string name) => name switch
    {
        "greeting" => new GreetingScenario(),
        "filing" => new FilingScenario(),
        "lookup" => new LookupScenario(),
        _ => throw new ArgumentException($"Unknown scenario '{name}': greeting, filing or lookup."),
    };

    /// <summary>The bot built next to this harness: bot/bin/{configuration}/net10.0 of the same repository.</summary>
    private static string DefaultBotFolder()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (framework, configuration, repository) = (here.Name, here.Parent!.Name, here.Parent.Parent!.Parent!.Parent!.Parent!.FullName);
        return Path.Combine(repository, "bot", "bin", configuration, framework);
    }
}
