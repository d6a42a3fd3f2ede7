using InternalTthc.Core.Cases;
using InternalTthc.Core.Store;
using InternalTthc.Core.Tests.Cases;
using InternalTthc.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Core.Tests.Store;

/// <summary>
/// On SQLite a filing's rows are inserted by statements made from the model (<see cref="CaseInsert"/>), not by EF's
/// SaveChanges: they must store every column as SaveChanges stores it (the text of ids and moments, enums, JSON columns,
/// the shadow columns), or reads, indexes and comparisons would meet two formats.
/// </summary>
public sealed class CaseInsertTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_filing_inserted_by_the_writer_stores_its_rows_as_SaveChanges_stores_them()
    {
        await using var store = await TestStore.CreateAsync(StoreProvider.Sqlite);
        var ids = await StoreContractTests.SeedAsync(store);
        var (prepared, saved) = (Filed(ids), Filed(ids));

        await store.UseAsync<ICaseStore, bool>(async s => { await s.AddAsync(prepared, Ct); return true; }); // the writer's statements
        await using (var scope = store.Scope())
        {
            // Inside a transaction the caller opened the case is saved by SaveChanges on the caller's context.
            var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var tx = await db.Database.BeginTransactionAsync(Ct);
                await scope.ServiceProvider.GetRequiredService<ICaseStore>().AddAsync(saved, Ct);
                await tx.CommitAsync(Ct);
            });
        }

        Assert.Equal(("TST-2026-00001", "TST-2026-00002"), (prepared.Code, saved.Code));
        await using var read = store.Scope();
        var rows = read.ServiceProvider.GetRequiredService<TthcDbContext>();
        var (a, b) = (await RowAsync(rows, "cases", "id", prepared.Id), await RowAsync(rows, "cases", "id", saved.Id));
        Assert.Equal(Without(b, "id", "code"), Without(a, "id", "code"));
        Assert.Equal(("String", "TST-2026-00001"), (a["code"].Type, a["code"].Value));
        Assert.Equal(Without(await RowAsync(rows, "case_events", "case_id", saved.Id), "id", "case_id"),
            Without(await RowAsync(rows, "case_events", "case_id", prepared.Id), "id", "case_id"));
        Assert.Equal(Without(await RowAsync(rows, "outbox_messages", "case_id", saved.Id), "id", "case_id", "payload", "idempotency_key", "order_key"),
            Without(await RowAsync(rows, "outbox_messages", "case_id", prepared.Id), "id", "case_id", "payload", "idempotency_key", "order_key"));
        var found = await read.ServiceProvider.GetRequiredService<ICaseStore>().FindAsync(prepared.Id, Ct);
        Assert.Equal((CaseStatus.Submitted, "a@b.vn", "don.pdf", 1), (found?.Status, found?.Answers.Text("email"), found?.Attachments.Single().FileName, found?.Timeline.Count));
    }

    [Fact]
    public async Task Filings_after_the_first_reuse_its_statements_shape_and_store_the_same_rows()
    {
        await using var store = await TestStore.CreateAsync(StoreProvider.Sqlite);
        var ids = await StoreContractTests.SeedAsync(store);
        var filed = new[] { Filed(ids), Filed(ids), Filed(ids) };

        // Each through the writer's statements: the table's INSERT up to its values is made once and kept on the model.
        foreach (var c in filed)
        {
            await store.UseAsync<ICaseStore, bool>(async s => { await s.AddAsync(c, Ct); return true; });
        }

        Assert.Equal(["TST-2026-00001", "TST-2026-00002", "TST-2026-00003"], filed.Select(c => c.Code));
        await using var read = store.Scope();
        var rows = read.ServiceProvider.GetRequiredService<TthcDbContext>();
        foreach (var c in filed.Skip(1))
        {
            Assert.Equal(Without(await RowAsync(rows, "cases", "id", filed[0].Id), "id", "code"), Without(await RowAsync(rows, "cases", "id", c.Id), "id", "code"));
            Assert.Equal(Without(await RowAsync(rows, "case_events", "case_id", filed[0].Id), "id", "case_id"),
                Without(await RowAsync(rows, "case_events", "case_id", c.Id), "id", "case_id"));
            Assert.Equal(Without(await RowAsync(rows, "outbox_messages", "case_id", filed[0].Id), "id", "case_id", "payload", "idempotency_key", "order_key"),
                Without(await RowAsync(rows, "outbox_messages", "case_id", c.Id), "id", "case_id", "payload", "idempotency_key", "order_key"));
            var found = await read.ServiceProvider.GetRequiredService<ICaseStore>().FindAsync(c.Id, Ct);
            Assert.Equal((c.Code, CaseStatus.Submitted, "a@b.vn", 1), (found?.Code, found?.Status, found?.Answers.Text("email"), found?.Timeline.Count));
        }
    }

    private static Case Filed(StoreContractTests.SeedIds ids)
    {
        var c = Case.Open(new CaseOpening
        {
            JurisdictionCode = TestCatalog.Jurisdiction, ProcedureCode = "tst-focal", UnitId = ids.RequestingUnit,
            RequesterId = ids.Focal, ExecutingUnitId = ids.Center, DecidingUnitId = ids.Dept, Urgent = true,
            Answers = FormAnswers.Empty.With("email", "a@b.vn"), Attachments = [new CaseFile("k/1", "don.pdf", "application/pdf", 12, "file")],
        }, CaseBuilder.Now);
        c.Submit(new CaseActor(ids.Focal, CaseRole.Requester), CaseBuilder.Now, CaseBuilder.Now.AddDays(1), CaseBuilder.Now.AddDays(5), "gửi");
        return c;
    }

    /// <summary>The row whose <paramref name="key"/> is <paramref name="id"/> (as the case's id is stored), each column's SQLite type and text.</summary>
    private static async Task<Dictionary<string, (string Type, string? Value)>> RowAsync(TthcDbContext db, string table, string key, Guid id)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {table} WHERE {key} = (SELECT id FROM cases WHERE id = $id OR id = upper($id))";
        var parameter = command.CreateParameter();
        (parameter.ParameterName, parameter.Value) = ("$id", id.ToString());
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        Assert.True(await reader.ReadAsync(Ct), $"no row in {table} for {id}");
        return Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i)
            ? ("null", null)
            : (reader.GetFieldType(i).Name, Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static Dictionary<string, (string Type, string? Value)> Without(Dictionary<string, (string Type, string? Value)> row, params string[] columns) =>
        row.Where(c => !columns.Contains(c.Key)).ToDictionary();
}
