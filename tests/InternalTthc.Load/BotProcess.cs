using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace InternalTthc.Load;

/// <summary>
/// The service under load, as its own process (Development for the demo directory, logging at Warning), authenticating
/// every activity against the stand-in's OpenID metadata; its CPU time and peak memory are read from the process.
/// </summary>
public sealed class BotProcess(Process process, string url, Stopwatch sinceStart) : IAsyncDisposable
{
    public const string AppId = "0f4d5c3e-0000-4000-8000-00000000a11d";

    public string Url => url;
    public TimeSpan StartTime { get; private init; }

    /// <summary>Time since the process was started.</summary>
    public TimeSpan SinceStart => sinceStart.Elapsed;

    public TimeSpan CpuTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    /// <summary>The memory the process holds now (its resident set), in MB.</summary>
    public long ResidentMegabytes
    {
        get
        {
            process.Refresh();
            return process.WorkingSet64 / (1024 * 1024);
        }
    }

    /// <summary>The most memory the process has held (VmHWM on Linux), in MB.</summary>
    public long PeakMegabytes
    {
        get
        {
            process.Refresh();
            return process.PeakWorkingSet64 / (1024 * 1024);
        }
    }

    public static async Task<BotProcess> StartAsync(string botFolder, LoadOptions options, ChannelStandIn channel, string dataFolder, HttpClient http)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var start = Stopwatch.StartNew();
        var process = Process.Start(Info(botFolder, options, channel, dataFolder, url, []))!;
        process.OutputDataReceived += (_, e) => Echo(e.Data);
        process.ErrorDataReceived += (_, e) => Echo(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        while (!await ReadyAsync(http, url))
        {
            if (process.HasExited || start.Elapsed > TimeSpan.FromMinutes(3))
            {
                var notReady = new InvalidOperationException($"The bot did not become ready at {url} (exit code {(process.HasExited ? process.ExitCode : -1)}).");
                await new BotProcess(process, url, start).DisposeAsync();
                throw notReady;
            }

            // Often enough that the wait adds little to the measured start (a refused connection costs the bot nothing).
            await Task.Delay(10);
        }

        return new BotProcess(process, url, start) { StartTime = start.Elapsed };
    }

    /// <summary>Runs one of the service's verbs on the same store and settings (the directory import of the senders).</summary>
    public static async Task RunVerbAsync(string botFolder, LoadOptions options, ChannelStandIn channel, string dataFolder, params string[] verb)
    {
        using var process = Process.Start(Info(botFolder, options, channel, dataFolder, "http://127.0.0.1:0", verb))!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', verb)} failed: {output}");
        }
    }

    private static ProcessStartInfo Info(string botFolder, LoadOptions options, ChannelStandIn channel, string dataFolder, string url, string[] verb)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = botFolder, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(botFolder, "InternalTthc.Bot.dll"));
        foreach (var word in verb)
        {
            info.ArgumentList.Add(word);
        }

        var env = info.Environment;
        env["ASPNETCORE_ENVIRONMENT"] = "Development";
        env["Urls"] = url;
        env["Logging__LogLevel__Default"] = "Warning";
        env["Logging__LogLevel__Microsoft.EntityFrameworkCore"] = "Warning";
        env["MicrosoftAppId"] = AppId;
        env["MicrosoftAppPassword"] = "load-run-password";
        env["ToBotFromChannelOpenIdMetadataUrl"] = $"{channel.BaseUrl}/openid";
        env["ToChannelFromBotLoginUrl"] = $"{channel.BaseUrl}/login";
        env["Store__Provider"] = options.Store;
        env["Store__ConnectionString"] = LoadStore.ConnectionString(options, dataFolder);
        env["Outbox__MessagesPerSecond"] = options.SendRate.ToString(CultureInfo.InvariantCulture);
        // The harness queues its reminders from its own process, which cannot wake the dispatcher as the bot's own commits do.
        env["Outbox__PollInterval"] = "00:00:01";
        // Direct Line users sign in as the agency's proxy signs them in, all from this machine's address.
        env["WebChat__TrustedProxies__0"] = "127.0.0.1";
        env["RateLimits__DirectLineTokens__PermitLimit"] = "1000000";
        env["Files__Folder"] = Path.Combine(dataFolder, "files");
        return info;
    }

    private static async Task<bool> ReadyAsync(HttpClient http, string url)
    {
        try
        {
            using var response = await http.GetAsync($"{url}/healthz/ready");
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Echo(string? line)
    {
        if (!string.IsNullOrEmpty(line))
        {
            Console.Error.WriteLine($"  bot: {line}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}
