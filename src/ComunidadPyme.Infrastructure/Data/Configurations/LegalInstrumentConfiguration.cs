using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Legal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComunidadPyme.Infrastructure.Data.Configurations;

public class LegalInstrumentConfiguration : IEntityTypeConfiguration<LegalInstrument>
{
    public void Configure(EntityTypeBuilder<LegalInstrument> builder)
    {
        CountryContentMapping.Map(builder);
        builder.Property(l => l.OfficialNumber).HasMaxLength(FieldLengths.OfficialNumber);
        builder.ComplexProperty(l => l.Title, n => LocalizedTextMapping.Map(n, FieldLengths.Title));
        builder.ComplexProperty(l => l.Summary, n => LocalizedTextMapping.Map(n, FieldLengths.Summary));
        builder.Property(l => l.Topics).HasConversion<int>();
        builder.Property(l => l.IssuingBody).HasMaxLength(FieldLengths.Name);
        builder.Property(l => l.OfficialUrl).HasMaxLength(FieldLengths.Url);
        builder.Property(l => l.DocumentStorageKey).HasMaxLength(FieldLengths.FileName);
        builder.Property(l => l.DocumentFileName).HasMaxLength(FieldLengths.FileName);
        builder.Ignore(l => l.Year);
        builder.HasMany(l => l.Outgoing).WithOne(r => r.Source).HasForeignKey(r => r.SourceId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(l => l.Incoming).WithOne(r => r.Target).HasForeignKey(r => r.TargetId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(l => l.Principles).WithMany().UsingEntity("LegalInstrumentPrinciples");
        builder.HasIndex(l => new { l.CountryId, l.Type });
    }
}
