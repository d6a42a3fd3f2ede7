using InternalTthc.Core.Handoff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InternalTthc.Core.Store;

internal sealed class HandoffConfiguration :
    IEntityTypeConfiguration<HandoffRequest>, IEntityTypeConfiguration<HandoffMessage>, IEntityTypeConfiguration<HandoffOffer>, IEntityTypeConfiguration<AgentPresence>
{
    public void Configure(EntityTypeBuilder<HandoffRequest> b)
    {
        b.ToTable("handoffs");
        b.HasKey(h => h.Id);
        b.Property(h => h.Id).ValueGeneratedNever();
        b.Property(h => h.JurisdictionCode).HasMaxLength(40);
        b.Property(h => h.ChannelId).HasMaxLength(40);
        b.Property(h => h.ConversationId).HasMaxLength(300);
        b.Property(h => h.AgentChannelId).HasMaxLength(40);
        b.Property(h => h.AgentConversationId).HasMaxLength(300);
        b.Property(h => h.StatusActivityId).HasMaxLength(200);
        b.HasIndex(h => new { h.ChannelId, h.ConversationId, h.Status });
        b.HasIndex(h => new { h.AgencyId, h.Status });
        b.HasIndex(h => h.CaseId);
    }

    public void Configure(EntityTypeBuilder<HandoffMessage> b)
    {
        b.ToTable("handoff_messages");
        b.HasKey(m => m.Id);
        b.Property(m => m.Id).ValueGeneratedNever();
        b.Property(m => m.Author).HasMaxLength(200);
        b.HasIndex(m => new { m.HandoffId, m.At });
    }

    public void Configure(EntityTypeBuilder<HandoffOffer> b)
    {
        b.ToTable("handoff_offers");
        b.HasKey(o => o.Id);
        b.Property(o => o.Id).ValueGeneratedNever();
        b.Property(o => o.ChannelId).HasMaxLength(40);
        b.Property(o => o.ConversationId).HasMaxLength(300);
        b.Property(o => o.ActivityId).HasMaxLength(200);
        b.HasIndex(o => o.HandoffId);
    }

    public void Configure(EntityTypeBuilder<AgentPresence> b)
    {
        b.ToTable("agent_presence");
        b.HasKey(p => p.PersonId);
    }
}
