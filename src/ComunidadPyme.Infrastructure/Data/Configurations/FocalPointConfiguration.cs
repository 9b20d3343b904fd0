using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Countries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComunidadPyme.Infrastructure.Data.Configurations;

public class FocalPointConfiguration : IEntityTypeConfiguration<FocalPoint>
{
    public void Configure(EntityTypeBuilder<FocalPoint> builder)
    {
        CountryContentMapping.Map(builder);
        builder.Property(f => f.FullName).HasMaxLength(FieldLengths.PersonName).IsRequired();
        builder.Property(f => f.Position).HasMaxLength(FieldLengths.Position);
        builder.Property(f => f.Email).HasMaxLength(FieldLengths.Email);
        builder.Property(f => f.Phone).HasMaxLength(FieldLengths.Phone);
        builder.Property(f => f.PublicFields).HasConversion<int>();
    }
}
