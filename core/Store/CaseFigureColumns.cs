using InternalTthc.Core.Cases;
using InternalTthc.Core.Reports;
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

    /// <summary>The figures' column values added to <paramref name="values"/>, by property name.</summary>
    public static void Add(Dictionary<string, object?> values, CaseFigures figures)
    {
        values[FinishedOn] = figures.FinishedOn;
        values[Timeliness] = figures.Timeliness;
        values[HandlingMinutes] = figures.HandlingMinutes;
        values[RatingScore] = figures.RatingScore;
    }
}
