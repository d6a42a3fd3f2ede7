using System.Data.Common;
using System.Globalization;
using System.Text;
using InternalTthc.Core.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace InternalTthc.Core.Store;

/// <summary>
/// A new case's rows (the case, its timeline, an outbox row per event) as INSERT statements with their values, made from
/// the model by the filing's own request before it queues for SQLite's single writer: the writer only sets the code it
/// allocates and runs them. EF's SaveChanges made the same statements inside the writer's serial section, where every
/// filing waits for the ones before it (nine tenths of its time was EF's, a tenth SQLite's).
/// </summary>
internal sealed class CaseInsert
{
    private readonly string _sql;
    private readonly DbParameter[] _values;
    private readonly DbParameter _code;

    private CaseInsert(string sql, DbParameter[] values, DbParameter code) => (_sql, _values, _code) = (sql, values, code);

    /// <summary>
    /// The rows of <paramref name="c"/> as <paramref name="db"/>'s model maps them, <paramref name="columns"/> having set the
    /// stored columns that are not the case's own; <paramref name="db"/> is left tracking nothing of them.
    /// </summary>
    public static CaseInsert Of(TthcDbContext db, Case c, Action<EntityEntry<Case>> columns)
    {
        var tracker = db.ChangeTracker;
        var detects = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false; // the rows are new: nothing to compare
        var entry = db.Cases.Add(c);
        List<EntityEntry> rows = [entry, .. c.Timeline.Select(e => db.Entry(e)), .. db.QueueCaseEvents(c.Timeline).Select(m => db.Entry(m))];
        try
        {
            columns(entry);
            using var factory = db.Database.GetDbConnection().CreateCommand();
            var names = db.GetService<ISqlGenerationHelper>();
            var sql = new StringBuilder();
            var values = new List<DbParameter>();
            DbParameter? code = null;
            foreach (var row in rows)
            {
                var first = values.Count;
                var shape = InsertShape.Of(row.Metadata, names);
                shape.Append(sql, values, factory, names, p => row.Property(p).CurrentValue);
                if (row == entry)
                {
                    code = values[first + Array.FindIndex(shape.Properties, p => p.Name == nameof(Case.Code))];
                }

                sql.Append(");\n");
            }

            return new CaseInsert(sql.ToString(), [.. values], code!);
        }
        finally
        {
            rows.ForEach(r => r.State = EntityState.Detached);
            tracker.AutoDetectChangesEnabled = detects;
        }
    }

    /// <summary>Inserts the rows with <paramref name="code"/>, inside the writer's transaction; a row the store refuses fails as SaveChanges would.</summary>
    public async Task<int> RunAsync(TthcDbContext store, string? code, CancellationToken cancellationToken)
    {
        _code.Value = (object?)code ?? DBNull.Value;
        try
        {
            return await store.Database.ExecuteSqlRawAsync(_sql, _values, cancellationToken);
        }
        catch (DbException e) when (RefusedWrite.Is(e))
        {
            throw new DbUpdateException(e.Message, e);
        }
    }
}
