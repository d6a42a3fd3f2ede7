using InternalTthc.Core.Cases;
using InternalTthc.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace InternalTthc.Core.Store;

/// <summary>A case's durable writes (filed, decided, rated): acknowledged once committed, the outbox woken after.</summary>
internal sealed class CaseWrites(TthcDbContext db, CaseSaveStatements statements, OutboxSignal signal, SqliteTuning sqlite, GroupCommit writes)
{
    public async Task AddAsync(Case c, FilingMark? mark, CancellationToken cancellationToken)
    {
        if (!writes.BatchesDurableWrites(db))
        {
            db.Cases.Add(c);
            await SaveAsync(c, mark, cancellationToken);
            return;
        }

        // On SQLite a new case (a filing) is inserted by the single writer with the filings waiting beside it, all in one
        // transaction flushed once; it returns only after that commit. Its statements are made here, before it queues: the
        // writer allocates its code, saves its form's mark and runs them. Then this scope tracks it as stored, for later saves.
        var allocate = c.Code is null;
        var insert = statements.Insert(db, c);
        await writes.RunDurablyAsync(db, (store, ct) => statements.FileAsync(store, c, insert, allocate, mark, ct), cancellationToken);
        db.Cases.Attach(c);
        signal.Notify();
    }

    public async Task SaveAsync(Case c, FilingMark? mark, CancellationToken cancellationToken)
    {
        // A code allocated by an attempt that was rolled back (a retried transient failure) is allocated again.
        var allocate = c.Code is null;
        try
        {
            // Durable: a case is acknowledged (filed, decided) once this returns, so the commit must outlive a power cut.
            await sqlite.DurablyAsync(db, ct => statements.WriteAsync(db, c, allocate, mark, ct), cancellationToken);
            signal.Notify();
        }
        catch (DbUpdateConcurrencyException ex)
        {
            db.ChangeTracker.Clear();
            throw new CaseConflictException(c.Id, ex);
        }
        catch (FilingMarkLostException)
        {
            db.ChangeTracker.Clear();
            throw;
        }
    }
}
