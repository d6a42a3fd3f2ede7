using System.Linq.Expressions;
using InternalTthc.Core.Cases;

namespace InternalTthc.Core.Store;

/// <summary>Overdue in SQL, by the running clock of <see cref="Case.RunningDue"/>: receipt while submitted, resolution while handled or awaiting approval.</summary>
internal static class CaseQueries
{
    /// <summary>Cases whose running clock ended before <paramref name="now"/>; each half is served by a (unit, status, due) index.</summary>
    public static Expression<Func<Case, bool>> OverdueAt(DateTimeOffset now) => c =>
        (c.Status == CaseStatus.Submitted && c.ReceiptDueAt < now)
        || ((c.Status == CaseStatus.Received || c.Status == CaseStatus.InProgress || c.Status == CaseStatus.Supplemented || c.Status == CaseStatus.AwaitingApproval)
            && c.ResolutionDueAt < now);
}
