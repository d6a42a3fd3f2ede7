using System.Diagnostics;
using Npgsql;

namespace InternalTthc.Testing;

/// <summary>
/// A PostgreSQL server of the test's own: initdb into a temporary folder, started on a free loopback port, so a test may
/// restart it (<c>pg_ctl restart -m fast</c>) or load it with hundreds of connections without touching the machine's shared
/// cluster, which other tests use at the same time. As root (CI), the server runs as the <c>postgres</c> account, since
/// PostgreSQL refuses to run as root.
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _folder;
    private readonly int _port;

    private PrivatePostgres(string bin, string folder, int port)
    {
        (_bin, _folder, _port) = (bin, folder, port);
        ConnectionString = $"Host=127.0.0.1;Port={port};Username=tthc;Database=postgres";
    }

    public string ConnectionString { get; }

    private string Data => Path.Combine(_folder, "data");

    /// <summary>
    /// Connections the server admits: two instances' pools (Npgsql's default maximum is 100 each) and the test's own. A
    /// shared cluster's default of 100 is what two instances under 200 people filing at once exhausted.
    /// </summary>
    public const int MaxConnections = 300;

    /// <summary>Makes and starts the server; skips the test, saying why, where no PostgreSQL server programs are installed (under CI it must run).</summary>
    public static async Task<PrivatePostgres> StartAsync(CancellationToken cancellationToken)
    {
        const string Reason = "Private PostgreSQL server skipped: no /usr/lib/postgresql/<version>/bin/initdb here (apt-get install postgresql, as .ci/run does).";
        var bin = FindBin() ?? throw new InvalidOperationException(
            Environment.GetEnvironmentVariable("CI") == "true" ? "Under CI the PostgreSQL tests must run: " + Reason : "$XunitDynamicSkip$" + Reason);
        var folder = Directory.CreateTempSubdirectory("tthc-pg-").FullName;
        // The server's account (postgres, under root) writes its data folder and socket here.
        if (OperatingSystem.IsWindows())
        {
            throw new InvalidOperationException("$XunitDynamicSkip$Private PostgreSQL server skipped: the test drives PostgreSQL's Debian packages.");
        }

        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
            | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute);
        var server = new PrivatePostgres(bin, folder, ServiceProcess.FreePort());
        try
        {
            await server.RunAsync(cancellationToken, "initdb", "-D", server.Data, "-U", "tthc", "--auth=trust", "-E", "UTF8", "--no-sync");
            await server.ControlAsync(cancellationToken, "start");
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>What an operator's restart does: a fast shutdown (every session ended, 57P01), then a start; returns when it accepts connections.</summary>
    public Task RestartAsync(CancellationToken cancellationToken) => ControlAsync(cancellationToken, "restart", "-m", "fast");

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (File.Exists(Path.Combine(Data, "postmaster.pid")))
        {
            await RunAsync(CancellationToken.None, "pg_ctl", "-D", Data, "-w", "-m", "immediate", "stop");
        }

        Directory.Delete(_folder, recursive: true);
    }

    private Task ControlAsync(CancellationToken cancellationToken, params string[] verb) =>
        RunAsync(cancellationToken, ["pg_ctl", "-D", Data, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "300",
            "-o", $"-p {_port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections={MaxConnections}", .. verb]);

    private async Task RunAsync(CancellationToken cancellationToken, params string[] command)
    {
        var start = new ProcessStartInfo(Environment.UserName == "root" ? "runuser" : Path.Combine(_bin, command[0]))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _folder,
        };
        if (Environment.UserName == "root")
        {
            foreach (var a in new[] { "-u", "postgres", "--", Path.Combine(_bin, command[0]) }) start.ArgumentList.Add(a);
        }

        foreach (var a in command.Skip(1)) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{command[0]} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            var log = Path.Combine(_folder, "server.log");
            throw new InvalidOperationException($"{string.Join(' ', command)} exited with {process.ExitCode}: {await stdout}{await stderr}"
                + (File.Exists(log) ? "\n" + await File.ReadAllTextAsync(log, CancellationToken.None) : ""));
        }
    }

    private static string? FindBin() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var version) ? version : 0).FirstOrDefault()
            : null;
}
