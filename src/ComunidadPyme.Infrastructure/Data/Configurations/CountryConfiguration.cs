using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Countries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComunidadPyme.Infrastructure.Data.Configurations;

public class CountryConfiguration : IEntityTypeConfiguration<Country>
{
    public void Configure(EntityTypeBuilder<Country> builder)
    {
        builder.Property(c => c.Iso2).HasMaxLength(FieldLengths.Iso2).IsFixedLength().IsRequired();
        builder.Property(c => c.Iso3).HasMaxLength(FieldLengths.Iso3).IsFixedLength().IsRequired();
        builder.HasIndex(c => c.Iso2).IsUnique();
        builder.HasIndex(c => c.Iso3).IsUnique();
        builder.ComplexProperty(c => c.Name, n => LocalizedTextMapping.Map(n, FieldLengths.ShortName));
        builder.ComplexProperty(c => c.PolicyOverview, n => LocalizedTextMapping.Map(n, FieldLengths.Summary));
        builder.Property(c => c.CurrencyCode).HasMaxLength(FieldLengths.CurrencyCode).IsFixedLength().IsRequired();
        builder.PrimitiveCollection(c => c.OfficialLanguages).HasMaxLength(FieldLengths.ShortName);
        builder.HasMany(c => c.Membership).WithOne().HasForeignKey(m => m.CountryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Confirmations).WithOne().HasForeignKey(m => m.CountryId).OnDelete(DeleteBehavior.Cascade);
    }
}
