using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Store;

namespace InternalTthc.Bot.Commands;

/// <summary>
/// `seed cases --count N --store S` fills a NEW store (an SQLite file that does not exist yet, or a PostgreSQL connection
/// string naming an empty database) with synthetic cases; `seed benchmark --store S` times the agent's queue, the overdue
/// queue and "hồ sơ của tôi" on it. Never meant for a store people use: both name the store explicitly.
/// </summary>
public static class SeedCommands
{
    public static Command Create()
    {
        var store = new Option<string>("--store") { Description = "Tệp SQLite mới, hoặc chuỗi kết nối PostgreSQL (Host=…) tới một cơ sở dữ liệu trống", Required = true };
        var count = new Option<int>("--count") { Description = "Số hồ sơ", DefaultValueFactory = _ => 1_000_000 };
        var rounds = new Option<int>("--rounds") { Description = "Số lần đo mỗi truy vấn", DefaultValueFactory = _ => 50 };
        var cases = new Command("cases", "Tạo hồ sơ giả vào một kho dữ liệu mới để đo hiệu năng") { store, count };
        cases.SetAction((parse, ct) => SeedAsync(parse.GetValue(store)!, parse.GetValue(count), Console.Out, null, ct));
        var benchmark = new Command("benchmark", "Đo thời gian hàng đợi, hồ sơ quá hạn và \"hồ sơ của tôi\" trên kho đã tạo") { store, rounds };
        benchmark.SetAction((parse, ct) => BenchmarkAsync(parse.GetValue(store)!, parse.GetValue(rounds), Console.Out, null, ct));
        return new Command("seed", "Dữ liệu giả để đo hiệu năng") { cases, benchmark };
    }

    public static async Task<int> SeedAsync(string store, int count, TextWriter output, Action<WebApplicationBuilder>? configure, CancellationToken ct)
    {
        if (count < 1 || (!IsPostgres(store) && File.Exists(store)))
        {
            await output.WriteLineAsync(count < 1 ? "--count phải lớn hơn 0." : $"Tệp {Path.GetFullPath(store)} đã có: chỉ tạo dữ liệu giả vào một kho mới.");
            return 1;
        }

        var clock = Stopwatch.StartNew();
        return await VerbRun.RunAsync(async (s, t) =>
        {
            var seeder = new CaseSeeder(s.GetRequiredService<TthcDbContext>());
            if (!await seeder.IsEmptyAsync(t))
            {
                return (false, "Kho này đã có hồ sơ: chỉ tạo dữ liệu giả vào một kho mới.");
            }

            await seeder.SeedAsync(count, n => output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{n:N0} hồ sơ, {clock.Elapsed.TotalSeconds:F0} s")), t);
            return (true, string.Create(CultureInfo.InvariantCulture, $"Đã tạo {count:N0} hồ sơ trong {clock.Elapsed.TotalSeconds:F0} s."));
        }, output, b => Use(b, store, configure), ct, mayCreateStore: true);
    }

    public static Task<int> BenchmarkAsync(string store, int rounds, TextWriter output, Action<WebApplicationBuilder>? configure, CancellationToken ct) =>
        VerbRun.RunAsync(async (s, t) =>
        {
            var cases = s.GetRequiredService<ICaseStore>();
            var queue = new QueueQuery(CaseSeeder.ExecutingUnitId(0));
            await TimeAsync("hàng đợi (20 đầu)", () => cases.PageQueueAsync(queue, t), rounds, output);
            await TimeAsync("quá hạn (20 đầu)", () => cases.PageQueueAsync(queue with { OverdueAt = CaseSeeder.Now }, t), rounds, output);
            await TimeAsync("hồ sơ của tôi (20 đầu)", () => cases.PageOpenForUnitAsync(CaseSeeder.UnitId(0), null, 0, 20, t), rounds, output);
            return (true, $"{rounds} lần mỗi truy vấn, sau 3 lần chạy làm nóng.");
        }, output, b => Use(b, store, configure), ct);

    private static async Task TimeAsync(string name, Func<Task<CasePage>> query, int rounds, TextWriter output)
    {
        for (var i = 0; i < 3; i++)
        {
            await query();
        }

        var times = new List<double>();
        var total = 0;
        for (var i = 0; i < rounds; i++)
        {
            var started = Stopwatch.GetTimestamp();
            total = (await query()).Total;
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        times.Sort();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{name}: trung vị {times[times.Count / 2]:F1} ms, p95 {times[(int)(times.Count * 0.95)]:F1} ms, tổng {total:N0} hồ sơ"));
    }

    private static bool IsPostgres(string store) => store.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>The named store wins over any configured one.</summary>
    private static void Use(WebApplicationBuilder builder, string store, Action<WebApplicationBuilder>? configure)
    {
        configure?.Invoke(builder);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{StoreOptions.Section}:Provider"] = IsPostgres(store) ? nameof(StoreProvider.PostgreSql) : nameof(StoreProvider.Sqlite),
            [$"{StoreOptions.Section}:ConnectionString"] = IsPostgres(store) ? store : $"Data Source={store}",
        });
    }
}
