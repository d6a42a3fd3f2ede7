using InternalTthc.Core.Cases;
using InternalTthc.Core.Reports;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InternalTthc.Core.Store;

/// <summary>
/// The dashboard's figures of a case (<see cref="CaseFigures"/>) as columns of its row, written at every save and
/// indexed for the periods and scopes the dashboard asks for.
/// </summary>
internal static class CaseFigureColumns
{
    public const string FinishedOn = "FinishedOn";
    public const string Timeliness = "Timeliness";
    public const string HandlingMinutes = "HandlingMinutes";
    public const string RatingScore = "RatingScore";

    public static void Configure(EntityTypeBuilder<Case> b)
    {
        b.Property<DateOnly?>(FinishedOn);
        b.Property<CaseTimeliness?>(Timeliness);
        b.Property<int?>(HandlingMinutes);
        b.Property<int?>(RatingScore);

        // A jurisdiction's or an agency's cases filed, or finished, in a period.
        b.HasIndex(c => new { c.JurisdictionCode, c.SubmittedAt });
        b.HasIndex(c => new { c.ExecutingUnitId, c.SubmittedAt });
        b.HasIndex(nameof(Case.JurisdictionCode), FinishedOn);
        b.HasIndex(nameof(Case.ExecutingUnitId), FinishedOn);
    }

    public static void Write(EntityEntry<Case> entry, CaseFigures figures)
    {
        entry.Property<DateOnly?>(FinishedOn).CurrentValue = figures.FinishedOn;
        entry.Property<CaseTimeliness?>(Timeliness).CurrentValue = figures.Timeliness;
        entry.Property<int?>(HandlingMinutes).CurrentValue = figures.HandlingMinutes;
        entry.Property<int?>(RatingScore).CurrentValue = figures.RatingScore;
    }
}
