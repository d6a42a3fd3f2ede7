using InternalTthc.Core.Calendar;
using InternalTthc.Core.Operations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InternalTthc.Core.Store;

internal sealed class OperationsConfiguration :
    IEntityTypeConfiguration<ServiceInstance>, IEntityTypeConfiguration<ServiceSetting>, IEntityTypeConfiguration<CalendarAdjustment>
{
    public void Configure(EntityTypeBuilder<ServiceInstance> b)
    {
        b.ToTable("service_instances");
        b.HasKey(i => i.Id);
        b.Property(i => i.Id).HasMaxLength(100);
        b.Property(i => i.Host).HasMaxLength(100);
    }

    public void Configure(EntityTypeBuilder<ServiceSetting> b)
    {
        b.ToTable("service_settings");
        b.HasKey(s => s.Key);
        b.Property(s => s.Key).HasMaxLength(100);
        b.Property(s => s.Value).HasMaxLength(400);
    }

    public void Configure(EntityTypeBuilder<CalendarAdjustment> b)
    {
        b.ToTable("calendar_adjustments");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedNever();
        b.HasIndex(a => a.Date).IsUnique();
        b.Property(a => a.Reason).HasMaxLength(400);
        b.Property(a => a.AddedBy).HasMaxLength(200);
    }
}
