using InternalTthc.Core.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InternalTthc.Core.Store;

internal sealed class GreetingConfiguration : IEntityTypeConfiguration<ConversationGreeting>
{
    public void Configure(EntityTypeBuilder<ConversationGreeting> b)
    {
        b.ToTable("conversation_greetings");
        b.HasKey(g => new { g.ChannelId, g.ConversationId, g.AccountId });
        b.Property(g => g.ChannelId).HasMaxLength(40);
        b.Property(g => g.ConversationId).HasMaxLength(300);
        b.Property(g => g.AccountId).HasMaxLength(200);
    }
}
