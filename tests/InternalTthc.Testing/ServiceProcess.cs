using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace InternalTthc.Testing;

/// <summary>
/// The built service as a separate operating-system process (<c>dotnet bot/bin/…/InternalTthc.Bot.dll</c>), configured
/// by environment variables: for host verbs, and for fault tests that kill it with SIGKILL.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServiceProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>The service's build output folder, of the same configuration (Debug/Release) as the running tests.</summary>
    public static string BinFolder { get; } = Path.Combine(RepositoryPaths.Root, "bot", "bin",
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug", "net10.0");

    /// <summary>Runs a host verb to its end and returns its exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunVerbAsync(IEnumerable<string> args, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        using var process = Process.Start(StartInfo(args, environment)) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, (await stdout) + (await stderr));
    }

    /// <summary>
    /// Starts the web service on a free loopback port and waits until /healthz answers, at most <paramref name="startLimit"/>
    /// (two minutes unless said: a start that hangs fails the test instead of the run).
    /// </summary>
    public static async Task<ServiceProcess> StartAsync(IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken, int? port = null, TimeSpan? startLimit = null)
    {
        var limit = startLimit ?? TimeSpan.FromMinutes(2);
        var address = new Uri($"http://127.0.0.1:{port ?? FreePort()}/");
        // "Urls" beats appsettings.json's own; the pages are served from the source tree, as `dotnet run` does.
        var settings = new Dictionary<string, string>(environment)
        {
            ["Urls"] = address.ToString().TrimEnd('/'),
            ["ASPNETCORE_WEBROOT"] = Path.Combine(RepositoryPaths.Root, "bot", "wwwroot"),
        };
        var service = new ServiceProcess(Process.Start(StartInfo([], settings)) ?? throw new InvalidOperationException("dotnet did not start"), address);
        using var http = new HttpClient { BaseAddress = address };
        var waiting = Stopwatch.StartNew();
        while (true)
        {
            if (waiting.Elapsed > limit)
            {
                await service.DisposeAsync();
                throw new InvalidOperationException($"The service did not answer on {address} within {limit}:\n{service.Output}");
            }

            if (service._process.HasExited)
            {
                throw new InvalidOperationException($"The service exited with {service._process.ExitCode} before it answered:\n{service.Output}");
            }

            try
            {
                using var response = await http.GetAsync("healthz", cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return service;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet: waiting for the process, not timing it.
            }

            await Task.Delay(50, cancellationToken);
        }
    }

    /// <summary>SIGKILL: the process ends at once, with nothing flushed, closed or rolled back by itself.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
        }

        await _process.WaitForExitAsync();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private static ProcessStartInfo StartInfo(IEnumerable<string> args, IReadOnlyDictionary<string, string> environment)
    {
        var dll = Path.Combine(BinFolder, "InternalTthc.Bot.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is missing: build the solution first (./test.sh does).");
        }

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = BinFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        // Only what the test says: no environment of the developer's shell decides the outcome.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || k.StartsWith("DOTNET_ENVIRONMENT", StringComparison.Ordinal)
            || k.StartsWith("Store__", StringComparison.Ordinal) || k.StartsWith("DirectLine__", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment) start.Environment[name] = value;
        return start;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
