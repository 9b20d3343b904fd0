using ComunidadPyme.Core.Common;
using ComunidadPyme.Infrastructure.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComunidadPyme.Infrastructure.Data.Configurations;

public class ReferenceDataReleaseConfiguration : IEntityTypeConfiguration<ReferenceDataRelease>
{
    public void Configure(EntityTypeBuilder<ReferenceDataRelease> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasMaxLength(FieldLengths.Code);
    }
}
