using InternalTthc.Core.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InternalTthc.Core.Store;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    /// <summary>The search words of a published answer (<see cref="Questions.AnswerSearchText"/>); null unless the case is one.</summary>
    public const string AnswerSearch = "AnswerSearchText";

    public void Configure(EntityTypeBuilder<Case> b)
    {
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Code).HasMaxLength(40);
        b.HasIndex(c => c.Code).IsUnique();
        b.Property(c => c.JurisdictionCode).HasMaxLength(60);
        b.Property(c => c.ProcedureCode).HasMaxLength(80);
        b.Property(c => c.SubCaseCode).HasMaxLength(80);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.Property(c => c.Answers).HasConversion(a => a.ToJson(), s => FormAnswers.FromJson(s),
            new ValueComparer<FormAnswers>((x, y) => x!.ToJson() == y!.ToJson(), a => a.ToJson().GetHashCode(StringComparison.Ordinal), a => a));
        b.Property<List<CaseFile>>("_attachments").HasColumnName("attachments")
            .HasConversion(JsonColumn.Converter<List<CaseFile>>(), JsonColumn.Comparer<List<CaseFile>>());
        b.Ignore(c => c.Attachments);
        b.Property(c => c.Result).HasConversion(JsonColumn.Converter<CaseResult?>(), JsonColumn.Comparer<CaseResult?>());
        b.Property(c => c.Rating).HasConversion(JsonColumn.Converter<CaseRating?>(), JsonColumn.Comparer<CaseRating?>());
        b.HasMany(c => c.Timeline).WithOne().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Timeline).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Property<string?>(AnswerSearch);
        CaseFigureColumns.Configure(b);
        CaseQueueColumn.Configure(b);

        // The scans the service runs: a unit's open cases, an agency's and an agent's queue,
        // due-soon and overdue sweeps on both clocks.
        b.HasIndex(c => new { c.UnitId, c.Status });
        b.HasIndex(c => new { c.ExecutingUnitId, c.Status });
        b.HasIndex(c => new { c.AssigneeId, c.Status });
        b.HasIndex(c => new { c.Status, c.ResolutionDueAt });
        b.HasIndex(c => new { c.Status, c.ReceiptDueAt });

        // Pages of a unit's open cases (newest first) and an agency's overdue queue, with a million cases in the store.
        b.HasIndex(c => new { c.UnitId, c.Status, c.CreatedAt });
        b.HasIndex(c => new { c.ExecutingUnitId, c.Status, c.ReceiptDueAt });
        b.HasIndex(c => new { c.ExecutingUnitId, c.Status, c.ResolutionDueAt });
    }
}
