using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Indicators;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComunidadPyme.Infrastructure.Data.Configurations;

public class ObservationConfiguration : IEntityTypeConfiguration<Observation>
{
    public void Configure(EntityTypeBuilder<Observation> builder)
    {
        CountryContentMapping.Map(builder);
        builder.Property(o => o.Period).HasMaxLength(FieldLengths.Period).IsRequired();
        builder.Property(o => o.SourceNote).HasMaxLength(FieldLengths.Source).IsRequired();
        builder.HasOne(o => o.Indicator).WithMany().HasForeignKey(o => o.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.CountryId, o.IndicatorId, o.Period }).IsUnique();
        builder.HasIndex(o => new { o.IndicatorId, o.Year });
    }
}
