using System.Data.Common;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Notifications;
using Microsoft.EntityFrameworkCore;

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
    /// The rows of <paramref name="c"/> as <paramref name="db"/>'s model maps them, the stored columns that are not the case's
    /// own from <paramref name="stored"/> (by property name); nothing of them is tracked.
    /// </summary>
    public static CaseInsert Of(TthcDbContext db, Case c, IReadOnlyDictionary<string, object?> stored)
    {
        // Every row is read from the objects themselves, the case's shadow columns from the values given: tracking the case
        // only to write those through its entry (an entry made Added, then detached) was a third of this.
        using var inserts = new InsertStatements(db);
        var type = db.Model.FindEntityType(typeof(Case))!;
        var first = inserts.Append(type, p => p.IsShadowProperty() ? stored[p.Name] : p.GetGetter().GetClrValueUsingContainingEntity(c));
        var code = inserts.Parameter(first, type, nameof(Case.Code));
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
