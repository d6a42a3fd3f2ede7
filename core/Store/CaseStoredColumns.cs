using InternalTthc.Core.Calendar;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Questions;
using InternalTthc.Core.Reports;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace InternalTthc.Core.Store;

/// <summary>
/// The stored columns a case's row carries beside its own, set at every save from the case as it is now: its published
/// answer's search words, its dashboard figures, its queue due.
/// </summary>
internal sealed class CaseStoredColumns(ProcedureCatalog catalog, IDeadlineCalculator calendar)
{
    public void Write(EntityEntry<Case> entry)
    {
        var c = entry.Entity;
        // A question's answer is published, and found, from the moment it is given until the case is reopened.
        entry.Property<string?>(CaseConfiguration.AnswerSearch).CurrentValue =
            catalog.Find(c.ProcedureCode) is { } procedure && PublishedAnswer.Of(c, procedure) is { } answer ? AnswerSearchText.Of(answer) : null;

        CaseFigureColumns.Write(entry, CaseFigures.Of(c, calendar));
        CaseQueueColumn.Write(entry);
    }
}
