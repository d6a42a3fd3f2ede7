using InternalTthc.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InternalTthc.Core.Store;

internal sealed class DeliveryRecordConfiguration : IEntityTypeConfiguration<DeliveryRecord>
{
    public void Configure(EntityTypeBuilder<DeliveryRecord> b)
    {
        b.ToTable("delivery_log");
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).ValueGeneratedNever();
        b.Property(d => d.ChannelId).HasMaxLength(40);
        b.HasIndex(d => d.OutboxMessageId);
    }
}
