using InternalTthc.Core.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InternalTthc.Core.Store;

internal sealed class DirectoryConfiguration :
    IEntityTypeConfiguration<Unit>, IEntityTypeConfiguration<Person>,
    IEntityTypeConfiguration<RoleAssignment>, IEntityTypeConfiguration<ChannelAccount>
{
    public void Configure(EntityTypeBuilder<Unit> b)
    {
        b.HasKey(u => u.Id);
        b.Property(u => u.Id).ValueGeneratedNever();
        b.Property(u => u.Code).HasMaxLength(80);
        b.HasIndex(u => u.Code).IsUnique();
        b.Property(u => u.JurisdictionCode).HasMaxLength(60);
        b.HasOne<Unit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.HasKey(p => p.Id);
        b.Property(p => p.Id).ValueGeneratedNever();
        b.Property(p => p.Login).HasMaxLength(200);
        b.HasIndex(p => p.Login).IsUnique();
        b.HasIndex(p => p.UnitId);
        b.Property(p => p.EntraObjectId).HasMaxLength(100);
        b.HasIndex(p => p.EntraObjectId);
        b.Property(p => p.UserPrincipalName).HasMaxLength(200);
        b.HasIndex(p => p.UserPrincipalName);
        b.Property(p => p.Language).HasMaxLength(10);
        b.HasOne<Unit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<RoleAssignment> b)
    {
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.HasIndex(r => new { r.PersonId, r.Role, r.UnitId }).IsUnique();
        b.HasIndex(r => new { r.UnitId, r.Role });
        b.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ChannelAccount> b)
    {
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.ChannelId).HasMaxLength(40);
        b.Property(a => a.AccountId).HasMaxLength(200);
        b.HasIndex(a => new { a.ChannelId, a.AccountId }).IsUnique();
        b.HasIndex(a => a.PersonId);
        b.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.SetNull);
    }
}
