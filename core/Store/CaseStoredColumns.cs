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
    /// <summary>The columns' values for <paramref name="c"/> as it is now, by the names of their (shadow) properties.</summary>
    public Dictionary<string, object?> Of(Case c)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            // A question's answer is published, and found, from the moment it is given until the case is reopened.
            [CaseConfiguration.AnswerSearch] =
                catalog.Find(c.ProcedureCode) is { } procedure && PublishedAnswer.Of(c, procedure) is { } answer ? AnswerSearchText.Of(answer) : null,
            [CaseQueueColumn.QueueDue] = CaseQueueColumn.Of(c),
        };
        CaseFigureColumns.Add(values, CaseFigures.Of(c, calendar));
        return values;
    }

    /// <summary>The columns set on a tracked case's entry, for SaveChanges.</summary>
    public void Write(EntityEntry<Case> entry)
    {
        foreach (var (name, value) in Of(entry.Entity))
        {
            entry.Property(name).CurrentValue = value;
        }
    }
}
