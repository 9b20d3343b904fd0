using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Countries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComunidadPyme.Infrastructure.Data.Configurations;

public class InstitutionConfiguration : IEntityTypeConfiguration<Institution>
{
    public void Configure(EntityTypeBuilder<Institution> builder)
    {
        CountryContentMapping.Map(builder);
        builder.ComplexProperty(i => i.Name, n => LocalizedTextMapping.Map(n, FieldLengths.Name));
        builder.ComplexProperty(i => i.Mandate, n => LocalizedTextMapping.Map(n, FieldLengths.Summary));
        builder.Property(i => i.Acronym).HasMaxLength(FieldLengths.Code);
        builder.Property(i => i.WebsiteUrl).HasMaxLength(FieldLengths.Url);
        builder.Property(i => i.SourceUrl).HasMaxLength(FieldLengths.Url);
        builder.HasMany(i => i.FocalPoints).WithOne(f => f.Institution)
            .HasForeignKey(f => f.InstitutionId).OnDelete(DeleteBehavior.SetNull);
    }
}
