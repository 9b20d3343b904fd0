using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Programmes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComunidadPyme.Infrastructure.Data.Configurations;

public class SupportProgrammeConfiguration : IEntityTypeConfiguration<SupportProgramme>
{
    public void Configure(EntityTypeBuilder<SupportProgramme> builder)
    {
        CountryContentMapping.Map(builder);
        builder.ComplexProperty(p => p.Name, n => LocalizedTextMapping.Map(n, FieldLengths.Name));
        builder.ComplexProperty(p => p.Description, n => LocalizedTextMapping.Map(n, FieldLengths.Summary));
        builder.Property(p => p.TargetGroups).HasConversion<int>();
        builder.Property(p => p.Url).HasMaxLength(FieldLengths.Url);
        builder.HasOne(p => p.Institution).WithMany().HasForeignKey(p => p.InstitutionId)
            .OnDelete(DeleteBehavior.SetNull);
    }
}
