using InternalTthc.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InternalTthc.Core.Store;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.HasKey(m => m.Id);
        b.Property(m => m.Id).ValueGeneratedNever();
        b.Property(m => m.Topic).HasMaxLength(60);
        b.Property(m => m.IdempotencyKey).HasMaxLength(200);
        b.HasIndex(m => m.IdempotencyKey).IsUnique();
        b.Property(m => m.LeaseOwner).HasMaxLength(100);
        // A lease's rows, read after leasing and renewed while sent: found by their owner among the pending rows only
        // (without it the read scanned the whole table, sent history included, and the renewal every pending row).
        b.HasIndex(m => m.LeaseOwner).HasFilter("status = 'Pending'");
        b.Property(m => m.SendClaim).HasMaxLength(100);
        b.HasIndex(m => new { m.Status, m.NextAttemptAt });
        b.HasIndex(m => m.CaseId);
        b.HasIndex(m => m.AnnouncementId);
        b.Property(m => m.OrderKey).HasMaxLength(100);
        b.HasIndex(m => new { m.OrderKey, m.Status });
        b.HasIndex(m => new { m.RecipientId, m.Status });
    }
}
