using System.Globalization;
using InternalTthc.Core.Cases;
using Microsoft.EntityFrameworkCore;

namespace InternalTthc.Core.Store;

/// <summary>
/// Fills a new store with synthetic cases for the performance benchmark: one template case saved the ordinary way, copied by
/// the engine itself (a recursive series on SQLite, generate_series on PostgreSQL) in batches of one transaction each, then
/// removed (on SQLite without a flush per commit and with the secondary indexes built after the rows). Case i belongs to requesting unit i mod 999, executing unit i mod 21 and requester i mod 4,999 (synthetic ids,
/// <see cref="UnitId"/>; moduli prime to 10, so every unit has open cases); i mod 10 = 7, 8, 9 are open (submitted, received,
/// in progress), the rest resolved; 1 in 50 urgent; filed one a minute up to <see cref="Now"/>, the receipt due 8 hours and
/// the resolution 3 days after.
/// </summary>
public sealed class CaseSeeder(TthcDbContext db)
{
    public const int Batch = 100_000;

    /// <summary>The moment the seeded store is read at (what is overdue is counted against it).</summary>
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    public static Guid UnitId(int n) => Synthetic(1, n);

    public static Guid ExecutingUnitId(int n) => Synthetic(2, n);

    public static Guid RequesterId(int n) => Synthetic(3, n);

    /// <summary>Whether the store holds no case (the seeder writes only into such a store).</summary>
    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken) => !await db.Cases.AnyAsync(cancellationToken);

    /// <summary>Adds <paramref name="count"/> cases; <paramref name="progress"/> hears how many are in after each batch.</summary>
    public async Task SeedAsync(int count, Action<int> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var template = Case.Open(new CaseOpening
        {
            JurisdictionCode = "seed", ProcedureCode = "seed", UnitId = UnitId(0), RequesterId = RequesterId(0),
            ExecutingUnitId = ExecutingUnitId(0), DecidingUnitId = ExecutingUnitId(0),
        }, Now);
        template.AssignCode("SEED-TEMPLATE");
        db.Cases.Add(template);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        var sqlite = db.Database.IsSqlite();
        // A batch of 100,000 copies takes longer than the default 30 s on a busy machine once the indexes are large.
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(15));
        // One connection for the whole run: SQLite's pragmas below hold for the connection, not the file.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var (indexes, synchronous) = sqlite ? await LoosenSqliteAsync(cancellationToken) : ([], 0);
            for (var from = 1; from <= count; from += Batch)
            {
                var to = Math.Min(count, from + Batch - 1);
                await db.Database.ExecuteSqlRawAsync(CopySql(sqlite, from, to, count), cancellationToken);
                progress(to);
            }

            await db.Cases.Where(c => c.Code == "SEED-TEMPLATE").ExecuteDeleteAsync(cancellationToken);
            foreach (var index in indexes)
            {
                await db.Database.ExecuteSqlRawAsync(index, cancellationToken);
            }

            var finish = sqlite
                ? string.Create(CultureInfo.InvariantCulture, $"PRAGMA synchronous={synchronous}")
                // Statistics and the visibility map, as autovacuum would leave them later: counts then read the index alone.
                : "VACUUM ANALYZE cases";
            await db.Database.ExecuteSqlRawAsync(finish, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Sets this connection to write without a flush per commit and with a large page cache, and drops the cases' secondary
    /// indexes (returned, to be created again once the rows are in: building an index from sorted rows is much faster than
    /// updating it row by row), with the synchronous level to go back to. A crash while seeding leaves a store to throw away,
    /// which a seeded store is anyway.
    /// </summary>
    private async Task<(List<string> Indexes, int Synchronous)> LoosenSqliteAsync(CancellationToken cancellationToken)
    {
        var synchronous = await db.Database.SqlQueryRaw<int>("SELECT synchronous AS Value FROM pragma_synchronous").SingleAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=OFF; PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY", cancellationToken);
        var indexes = await db.Database
            .SqlQueryRaw<string>("SELECT sql AS Value FROM sqlite_master WHERE type = 'index' AND tbl_name = 'cases' AND sql IS NOT NULL")
            .ToListAsync(cancellationToken);
        var names = await db.Database
            .SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'index' AND tbl_name = 'cases' AND sql IS NOT NULL")
            .ToListAsync(cancellationToken);
        foreach (var drop in names.Select(name => $"DROP INDEX \"{name}\""))
        {
            await db.Database.ExecuteSqlRawAsync(drop, cancellationToken);
        }

        return (indexes, synchronous);
    }

    private static Guid Synthetic(int kind, int n) => Guid.Parse(string.Create(CultureInfo.InvariantCulture, $"00000000-0000-0000-{kind:X4}-{n:X12}"));

    private string CopySql(bool sqlite, int from, int to, int count)
    {
        var overrides = new Dictionary<string, string>
        {
            // Ascending ids on SQLite: each batch appends to the primary key's index instead of landing all over it.
            ["id"] = sqlite ? Id(sqlite, 4, "i") : "gen_random_uuid()",
            ["code"] = "'SEED-' || i",
            ["unit_id"] = Id(sqlite, 1, "i % 999"),
            ["executing_unit_id"] = Id(sqlite, 2, "i % 21"),
            ["deciding_unit_id"] = Id(sqlite, 2, "i % 21"),
            ["requester_id"] = Id(sqlite, 3, "i % 4999"),
            ["status"] = "CASE i % 10 WHEN 7 THEN 'Submitted' WHEN 8 THEN 'Received' WHEN 9 THEN 'InProgress' ELSE 'Resolved' END",
            ["urgent"] = "(i % 50 = 0)",
            ["created_at"] = At(sqlite, count, 0),
            ["submitted_at"] = At(sqlite, count, 0),
            ["receipt_due_at"] = At(sqlite, count, 8 * 60),
            ["resolution_due_at"] = At(sqlite, count, 3 * 24 * 60),
            // CaseQueueColumn: the receipt clock runs while submitted, the resolution clock while received or in progress.
            ["queue_due"] = $"CASE i % 10 WHEN 7 THEN {At(sqlite, count, 8 * 60)} WHEN 8 THEN {At(sqlite, count, 3 * 24 * 60)} WHEN 9 THEN {At(sqlite, count, 3 * 24 * 60)} END",
        };
        var columns = db.Model.FindEntityType(typeof(Case))!.GetProperties().Select(p => p.GetColumnName()).ToList();
        var values = string.Join(", ", columns.Select(c => overrides.GetValueOrDefault(c) ?? $"t.{c}"));
        var series = sqlite
            ? $"WITH RECURSIVE s(i) AS (SELECT {from} UNION ALL SELECT i + 1 FROM s WHERE i < {to}) INSERT INTO cases ({string.Join(", ", columns)}) SELECT {values} FROM s, cases t"
            : $"INSERT INTO cases ({string.Join(", ", columns)}) SELECT {values} FROM generate_series({from}, {to}) AS s(i), cases t";
        return series + " WHERE t.code = 'SEED-TEMPLATE'";
    }

    private static string Id(bool sqlite, int kind, string n) => sqlite
        ? $"printf('00000000-0000-0000-{kind:X4}-%012X', {n})"
        : $"('00000000-0000-0000-{kind:X4}-' || lpad(to_hex({n}), 12, '0'))::uuid";

    /// <summary>Case i filed (count - i) minutes before <see cref="Now"/>, plus <paramref name="minutes"/>; as each engine stores UTC moments.</summary>
    private static string At(bool sqlite, int count, int minutes) => sqlite
        ? $"strftime('%Y-%m-%d %H:%M:%S', '2026-12-01 00:00:00', ({minutes} + i - {count}) || ' minutes')"
        : $"timestamptz '2026-12-01 00:00:00Z' + ({minutes} + i - {count}) * interval '1 minute'";
}
