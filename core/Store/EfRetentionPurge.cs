using InternalTthc.Core.Conversations;
using Microsoft.EntityFrameworkCore;

namespace InternalTthc.Core.Store;

internal sealed class EfRetentionPurge(TthcDbContext db) : IRetentionPurge
{
    // Form sessions are the conversation states kept under this prefix (FormSessions' key).
    private const string FormKeys = "form:";

    public async Task<RetentionReport> PurgeAsync(RetentionCutoffs cutoffs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cutoffs);
        var forms = await db.ConversationStates.Where(s => s.Key.StartsWith(FormKeys) && s.UpdatedAt < cutoffs.Forms).ExecuteDeleteAsync(cancellationToken);
        var log = await db.ConversationLog.Where(e => e.CreatedAt < cutoffs.DirectLineLog).ExecuteDeleteAsync(cancellationToken);
        var ledger = await db.ProcessedActivities.Where(p => p.ProcessedAt < cutoffs.Ledger).ExecuteDeleteAsync(cancellationToken);
        return new RetentionReport(forms, log, ledger);
    }
}
