using ComunidadPyme.Core.Auditing;
using ComunidadPyme.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComunidadPyme.Infrastructure.Data.Configurations;

public class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.UserName).HasMaxLength(FieldLengths.UserName);
        builder.Property(a => a.IpAddress).HasMaxLength(FieldLengths.IpAddress);
        builder.Property(a => a.EntityType).HasMaxLength(FieldLengths.EntityType).IsRequired();
        builder.Property(a => a.EntityKey).HasMaxLength(FieldLengths.EntityKey).IsRequired();
        builder.ComplexCollection(a => a.Changes, c => c.ToJson());
        builder.HasIndex(a => new { a.EntityType, a.EntityKey });
        builder.HasIndex(a => new { a.CountryId, a.AtUtc });
    }
}
