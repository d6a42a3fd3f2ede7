using InternalTthc.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InternalTthc.Core.Store;

internal sealed class ShownCaseCardConfiguration : IEntityTypeConfiguration<ShownCaseCard>
{
    public void Configure(EntityTypeBuilder<ShownCaseCard> b)
    {
        b.ToTable("shown_case_cards");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.ChannelId).HasMaxLength(40);
        b.Property(c => c.ConversationId).HasMaxLength(300);
        b.Property(c => c.ActivityId).HasMaxLength(200);
        b.HasIndex(c => new { c.ChannelId, c.ConversationId, c.ActivityId }).IsUnique();
        b.HasIndex(c => c.CaseId);
    }
}
