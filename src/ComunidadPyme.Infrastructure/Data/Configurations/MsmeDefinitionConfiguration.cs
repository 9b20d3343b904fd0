using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Definitions;
using ComunidadPyme.Core.Legal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComunidadPyme.Infrastructure.Data.Configurations;

public class MsmeDefinitionConfiguration : IEntityTypeConfiguration<MsmeDefinition>
{
    public void Configure(EntityTypeBuilder<MsmeDefinition> builder)
    {
        CountryContentMapping.Map(builder);
        builder.ComplexProperty(d => d.Title, n => LocalizedTextMapping.Map(n, FieldLengths.Title));
        builder.ComplexProperty(d => d.Notes, n => LocalizedTextMapping.Map(n, FieldLengths.Summary));
        builder.Property(d => d.IssuingBody).HasMaxLength(FieldLengths.Name);
        builder.Property(d => d.LegalSource).HasMaxLength(FieldLengths.Source).IsRequired();
        builder.Property(d => d.SourceUrl).HasMaxLength(FieldLengths.Url);
        builder.Property(d => d.MonetaryUnit).HasMaxLength(FieldLengths.Unit);
        builder.Property(d => d.EmployeeWeight).HasPrecision(9, 4);
        builder.Property(d => d.TurnoverWeight).HasPrecision(9, 4);
        builder.HasOne<LegalInstrument>().WithMany().HasForeignKey(d => d.LegalInstrumentId)
            .OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(d => d.Thresholds).WithOne().HasForeignKey(t => t.DefinitionId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(d => d.IsSectorSpecific);
    }
}
