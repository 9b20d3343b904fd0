using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Indicators;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComunidadPyme.Infrastructure.Data.Configurations;

public class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.Property(i => i.Code).HasMaxLength(FieldLengths.Code).IsRequired();
        builder.HasIndex(i => i.Code).IsUnique();
        builder.ComplexProperty(i => i.Name, n => LocalizedTextMapping.Map(n, FieldLengths.Name));
        builder.ComplexProperty(i => i.Description, n => LocalizedTextMapping.Map(n, FieldLengths.Summary));
        builder.ComplexProperty(i => i.Unit, n => LocalizedTextMapping.Map(n, FieldLengths.ShortName));
        builder.ComplexProperty(i => i.Methodology, n => LocalizedTextMapping.Map(n, FieldLengths.Summary));
        builder.Property(i => i.Source).HasMaxLength(FieldLengths.Source).IsRequired();
    }
}
