using InternalTthc.Bot.Commands;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Testing;
using InternalTthc.Core.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace InternalTthc.Bot.Tests.Operations;

/// <summary>
/// `backup create` while the service runs and `backup restore` after it stopped give back every case, timeline event,
/// outbox row and case file; a restore over a running service is refused unless forced. On SQLite and on PostgreSQL.
/// </summary>
public sealed class BackupTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_SQLite_round_trip_loses_nothing()
    {
        var folder = ServiceTestHost.NewFolder();
        await RoundTripAsync(folder, new Dictionary<string, string?>());
        ServiceTestHost.DeleteFolder(folder);
    }

    [Fact]
    public async Task A_PostgreSQL_round_trip_loses_nothing()
    {
        var server = Environment.GetEnvironmentVariable("INTERNALTTHC_TEST_POSTGRES");
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        var missing = server is null ? "INTERNALTTHC_TEST_POSTGRES is not set"
            : !OnPath("pg_dump") ? "pg_dump is not on PATH (apt-get install postgresql-client)" : null;
        if (missing is not null)
        {
            if (ci) Assert.Fail(missing);
            Assert.Skip(missing);
        }

        var database = "tthc_backup_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync(Ct);
            await new NpgsqlCommand($"CREATE DATABASE {database}", admin).ExecuteNonQueryAsync(Ct);
        }

        var folder = ServiceTestHost.NewFolder();
        try
        {
            var connection = new NpgsqlConnectionStringBuilder(server) { Database = database, Pooling = false }.ToString();
            await RoundTripAsync(folder, new Dictionary<string, string?> { ["Store:Provider"] = "PostgreSql", ["Store:ConnectionString"] = connection });
        }
        finally
        {
            ServiceTestHost.DeleteFolder(folder);
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync(CancellationToken.None);
            await new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", admin).ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    private static async Task RoundTripAsync(string folder, Dictionary<string, string?> settings)
    {
        var backup = Path.Combine(folder, "sao-luu.zip");
        var clock = new FakeClock();
        void Verb(WebApplicationBuilder b)
        {
            b.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings)
            {
                ["Store:ConnectionString"] = settings.GetValueOrDefault("Store:ConnectionString") ?? $"Data Source={Path.Combine(folder, "tthc.db")}",
                ["Files:Folder"] = Path.Combine(folder, "files"),
                ["DirectLine:TokenSecret"] = ServiceTestHost.TokenSecret,
            });
            b.Services.AddSingleton<TimeProvider>(clock);
        }

        Action<WebApplicationBuilder> verb = Verb;

        Snapshot before;
        await using (var host = await ServiceTestHost.StartAsync(folder, settings: settings, clock: clock))
        {
            var desk = new CaseDesk(host.Services);
            await desk.FileAsync("lcu.daumoi", "lcu-mailbox-grant");
            await desk.FileAsync("cto.daumoi", "cto-mailbox-password");
            Directory.CreateDirectory(Path.Combine(folder, "files", "cases", "a"));
            await File.WriteAllBytesAsync(Path.Combine(folder, "files", "cases", "a", "to-trinh.pdf"), [0x25, 0x50, 0x44, 0x46, 1, 2, 3], Ct);
            before = await Snapshot.TakeAsync(host.Services, folder);

            // Taken while the service runs; restoring over it is refused.
            var output = new StringWriter();
            Assert.Equal(0, await BackupCommands.CreateAsync(backup, output, verb, Ct));
            Assert.Contains("1 tệp hồ sơ", output.ToString());
            Assert.Equal(1, await BackupCommands.RestoreAsync(backup, force: false, output, verb, Ct));
            Assert.Contains("dịch vụ đang chạy", output.ToString());

            // What happens after the backup is what the restore takes back.
            await desk.FileAsync("lcu.daumoi", "lcu-mailbox-grant");
            File.Delete(Path.Combine(folder, "files", "cases", "a", "to-trinh.pdf"));
            await File.WriteAllTextAsync(Path.Combine(folder, "files", "extra.txt"), "sau sao lưu", Ct);
        }

        var restored = new StringWriter();
        Assert.Equal(0, await BackupCommands.RestoreAsync(backup, force: false, restored, verb, Ct));
        Assert.Contains("Đã khôi phục", restored.ToString());
        await using (var host = await ServiceTestHost.StartAsync(folder, settings: settings))
        {
            Assert.Equal(before, await Snapshot.TakeAsync(host.Services, folder));
        }
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, tool)));

    /// <summary>Everything a restore must give back, compared whole.</summary>
    private sealed record Snapshot(string Cases, string Timeline, string Outbox, string Files)
    {
        public static async Task<Snapshot> TakeAsync(IServiceProvider services, string folder)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
            var cases = (await db.Cases.AsNoTracking().ToListAsync(Ct)).Select(c => $"{c.Code}|{c.Status}|{c.ProcedureCode}").Order(StringComparer.Ordinal);
            var events = (await db.CaseEvents.AsNoTracking().ToListAsync(Ct)).Select(e => $"{e.Id}|{e.Action}");
            var outbox = (await db.OutboxMessages.AsNoTracking().ToListAsync(Ct)).Select(m => $"{m.Id}|{m.Topic}|{m.Status}");
            var files = Directory.GetFiles(Path.Combine(folder, "files"), "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(folder, f) + "|" + Convert.ToHexString(File.ReadAllBytes(f))).Order(StringComparer.Ordinal);
            return new Snapshot(string.Join(";", cases), string.Join(";", events.Order(StringComparer.Ordinal)),
                string.Join(";", outbox.Order(StringComparer.Ordinal)), string.Join(";", files));
        }
    }
}
