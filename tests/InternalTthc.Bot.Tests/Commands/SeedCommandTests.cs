using InternalTthc.Bot.Commands;
using InternalTthc.Bot.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace InternalTthc.Bot.Tests.Commands;

/// <summary>
/// `seed cases` writes only into a new store and leaves every index of the cases in place (SQLite drops them while it copies);
/// `seed benchmark` prints the three timings with their counts (no figure asserted).
/// </summary>
public sealed class SeedCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Seeding_fills_a_new_store_refuses_an_existing_one_and_the_benchmark_prints_three_timings()
    {
        var file = Path.Combine(ServiceTestHost.NewFolder(), "seed.db");
        var output = new StringWriter();
        void Settings(Microsoft.AspNetCore.Builder.WebApplicationBuilder b) =>
            b.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["DirectLine:TokenSecret"] = ServiceTestHost.TokenSecret });

        Assert.Equal(0, await SeedCommands.SeedAsync(file, 3_000, output, Settings, Ct));
        Assert.Contains("Đã tạo 3,000 hồ sơ", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, await SeedCommands.SeedAsync(file, 10, output, Settings, Ct));
        Assert.Contains("đã có: chỉ tạo dữ liệu giả vào một kho mới", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(CaseIndexes, await IndexesOfCasesAsync(file));

        var timings = new StringWriter();
        Assert.Equal(0, await SeedCommands.BenchmarkAsync(file, 5, timings, Settings, Ct));
        // Executing unit 0 has the cases i ≡ 0 (mod 21) with i mod 10 in 7..9 among 1..3,000 open; requesting unit 0 those ≡ 0 (mod 999).
        var open = Enumerable.Range(1, 3_000).Where(i => i % 10 >= 7).ToList();
        Assert.Contains($"tổng {open.Count(i => i % 21 == 0)} hồ sơ", timings.ToString(), StringComparison.Ordinal);
        Assert.Contains($"hồ sơ của tôi (20 đầu): trung vị", timings.ToString(), StringComparison.Ordinal);
        Assert.Contains($"tổng {open.Count(i => i % 999 == 0)} hồ sơ", timings.ToString(), StringComparison.Ordinal);
    }

    // The cases' indexes as the migrations create them.
    private static readonly string[] CaseIndexes =
    [
        "ix_cases_assignee_id_status", "ix_cases_code", "ix_cases_executing_unit_id_finished_on", "ix_cases_executing_unit_id_status",
        "ix_cases_executing_unit_id_status_receipt_due_at", "ix_cases_executing_unit_id_status_resolution_due_at",
        "ix_cases_executing_unit_id_submitted_at", "ix_cases_executing_unit_id_urgent_queue_due_id", "ix_cases_jurisdiction_code_finished_on",
        "ix_cases_jurisdiction_code_submitted_at", "ix_cases_status_receipt_due_at", "ix_cases_status_resolution_due_at",
        "ix_cases_unit_id_status", "ix_cases_unit_id_status_created_at",
    ];

    private static async Task<string[]> IndexesOfCasesAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'cases' AND sql IS NOT NULL ORDER BY name";
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            names.Add(reader.GetString(0));
        }

        return [.. names];
    }
}
