using System.Diagnostics;
using InternalTthc.Bot.Administration;
using Npgsql;

namespace InternalTthc.Bot.Operations.Backup;

/// <summary>
/// PostgreSQL's own tools: pg_dump in its custom format (a consistent snapshot while the service runs) and pg_restore
/// with --clean in one transaction, so a failed restore leaves the database as it was. The password goes by PGPASSWORD,
/// never on the command line.
/// </summary>
public static class PostgreSqlCopy
{
    public static Task DumpAsync(string connectionString, string targetFile, CancellationToken cancellationToken) =>
        RunAsync("pg_dump", connectionString, ["--format=custom", "--no-owner", "--no-privileges", "--file", targetFile], cancellationToken);

    public static Task RestoreAsync(string sourceFile, string connectionString, CancellationToken cancellationToken) =>
        RunAsync("pg_restore", connectionString,
            ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", sourceFile], cancellationToken);

    private static async Task RunAsync(string tool, string connectionString, IEnumerable<string> args, CancellationToken cancellationToken)
    {
        var c = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("--dbname");
        start.ArgumentList.Add(c.Database ?? "postgres");
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["PGHOST"] = c.Host;
        start.Environment["PGPORT"] = c.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = c.Username;
        start.Environment["PGPASSWORD"] = c.Password;
        start.Environment["PGSSLMODE"] = c.SslMode.ToString().ToLowerInvariant() switch { "verifyca" => "verify-ca", "verifyfull" => "verify-full", var m => m };

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new BackupException(AdminText.Vietnamese("BackupToolMissing", tool));
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new BackupException(AdminText.Vietnamese("BackupToolMissing", tool));
        }

        using (process)
        {
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.StandardOutput.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                throw new BackupException(AdminText.Vietnamese("BackupToolFailed", tool, process.ExitCode, (await errors).Trim()));
            }
        }
    }
}
