using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Store;
using InternalTthc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Administration;

/// <summary>
/// The `calendar holidays` and `calendar due` verbs, run as an administrator runs them (the built service as a process),
/// answer with the extra days stored by `calendar day-off`, name the store they read, and create none where there is none.
/// </summary>
public sealed class CalendarVerbTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Holidays_and_deadlines_count_the_stored_days_and_a_missing_store_is_not_created()
    {
        var folder = ServiceTestHost.NewFolder();
        try
        {
            var file = Path.Combine(folder, "tthc.db");
            var environment = new Dictionary<string, string>
            {
                ["DOTNET_ENVIRONMENT"] = "Production",
                ["Store__ConnectionString"] = $"Data Source={file}",
                ["Files__Folder"] = Path.Combine(folder, "files"),
                ["DirectLine__TokenSecret"] = ServiceTestHost.TokenSecret,
            };
            string[] due = ["calendar", "due", "--from", "2026-11-23 16:00", "--working-days", "1"];

            // No store yet: the official calendar answers, and the verb says it read no stored days.
            var (exit, output) = await ServiceProcess.RunVerbAsync(due, environment, Ct);
            Assert.True(exit == 0, output);
            Assert.Contains("không tồn tại", output);
            Assert.Contains("24/11/2026", DueLine(output));
            Assert.False(File.Exists(file));

            await using (var store = new ServiceCollection().AddStore(new StoreOptions { ConnectionString = $"Data Source={file}" }).BuildServiceProvider())
            await using (var scope = store.CreateAsyncScope())
            {
                await StoreServiceCollectionExtensions.MigrateAsync(scope.ServiceProvider.GetRequiredService<TthcDbContext>(), store.GetRequiredService<StoreOptions>(), Ct);
            }

            (exit, output) = await ServiceProcess.RunVerbAsync(["calendar", "day-off", "24/11/2026", "--reason", "Ngày Văn hóa Việt Nam"], environment, Ct);
            Assert.True(exit == 0, output);

            (exit, output) = await ServiceProcess.RunVerbAsync(["calendar", "holidays", "2026"], environment, Ct);
            Assert.True(exit == 0, output);
            Assert.Contains($"Kho dữ liệu: SQLite {file}", output);
            Assert.Contains("Tính cả 1 ngày nghỉ và ngày làm bù bổ sung đã lưu", output);
            Assert.Contains(output.Split('\n'), line => line.Contains("24/11/2026", StringComparison.Ordinal) && line.Contains("Ngày Văn hóa Việt Nam", StringComparison.Ordinal));

            (exit, output) = await ServiceProcess.RunVerbAsync(due, environment, Ct);
            Assert.True(exit == 0, output);
            Assert.Contains("25/11/2026", DueLine(output));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            ServiceTestHost.DeleteFolder(folder);
        }
    }

    private static string DueLine(string output) => output.Split('\n').Single(line => line.StartsWith("Hạn xử lý:", StringComparison.Ordinal));
}
