using ComunidadPyme.Core.Definitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComunidadPyme.Infrastructure.Data.Configurations;

public class SizeThresholdConfiguration : IEntityTypeConfiguration<SizeThreshold>
{
    public void Configure(EntityTypeBuilder<SizeThreshold> builder)
    {
        builder.Property(t => t.MaxScore).HasPrecision(12, 4);
    }
}
