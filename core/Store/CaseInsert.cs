using System.Data.Common;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

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
        tracker.AutoDetectChangesEnabled = false; // the row is new: nothing to compare
        // Only the case is tracked, for the stored columns that are not its own (written through its entry); its events and
        // their outbox rows are read from the objects themselves (EF's Add of the whole graph and its detach were most of this).
        var entry = db.Entry(c);
        entry.State = EntityState.Added;
        try
        {
            columns(entry);
            using var inserts = new InsertStatements(db);
            var first = inserts.Append(entry.Metadata, p => entry.Property(p).CurrentValue);
            var code = inserts.Parameter(first, entry.Metadata, nameof(Case.Code));
            foreach (var e in c.Timeline)
            {
                inserts.Append(e);
            }

            foreach (var e in c.Timeline)
            {
                inserts.Append(OutboxMessage.ForCaseEvent(e));
            }

            return new CaseInsert(inserts.Sql, inserts.Values, code);
        }
        finally
        {
            entry.State = EntityState.Detached;
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
