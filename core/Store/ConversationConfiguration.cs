using InternalTthc.Core.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InternalTthc.Core.Store;

internal sealed class ConversationConfiguration :
    IEntityTypeConfiguration<ConversationLogEntry>, IEntityTypeConfiguration<ChatConversation>, IEntityTypeConfiguration<ProcessedActivity>,
    IEntityTypeConfiguration<StoredConversationReference>, IEntityTypeConfiguration<StoredState>
{
    public void Configure(EntityTypeBuilder<StoredState> b)
    {
        b.ToTable("conversation_states");
        b.HasKey(s => s.Key);
        b.Property(s => s.Key).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<StoredConversationReference> b)
    {
        b.ToTable("conversation_references");
        b.HasKey(r => new { r.ChannelId, r.ConversationId });
        b.Property(r => r.ChannelId).HasMaxLength(40);
        b.Property(r => r.ConversationId).HasMaxLength(300);
        b.Property(r => r.UserId).HasMaxLength(200);
        b.HasIndex(r => new { r.ChannelId, r.UserId });
    }

    public void Configure(EntityTypeBuilder<ConversationLogEntry> b)
    {
        b.ToTable("conversation_log");
        b.HasKey(e => new { e.ConversationId, e.Sequence });
        b.Property(e => e.ConversationId).HasMaxLength(100);
        b.HasOne<ChatConversation>().WithMany().HasForeignKey(e => e.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ChatConversation> b)
    {
        b.ToTable("chat_conversations");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).HasMaxLength(100);
        b.Property(c => c.ChannelId).HasMaxLength(40);
        b.Property(c => c.OwnerAccountId).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<ProcessedActivity> b)
    {
        b.ToTable("processed_activities");
        b.HasKey(p => new { p.ChannelId, p.ActivityId });
        b.Property(p => p.ChannelId).HasMaxLength(40);
        b.Property(p => p.ActivityId).HasMaxLength(200);
        b.HasIndex(p => p.ProcessedAt);
    }
}
