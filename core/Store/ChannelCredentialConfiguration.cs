using InternalTthc.Core.Credentials;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InternalTthc.Core.Store;

internal sealed class ChannelCredentialConfiguration : IEntityTypeConfiguration<ChannelCredential>
{
    public void Configure(EntityTypeBuilder<ChannelCredential> b)
    {
        b.ToTable("channel_credentials");
        b.HasKey(c => c.Key);
        b.Property(c => c.Key).HasMaxLength(100);
        b.Property(c => c.AccessToken).HasMaxLength(4000);
        b.Property(c => c.RefreshToken).HasMaxLength(4000);
    }
}
