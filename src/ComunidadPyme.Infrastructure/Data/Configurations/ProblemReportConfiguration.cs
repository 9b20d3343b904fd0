using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Countries;
using ComunidadPyme.Core.Feedback;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComunidadPyme.Infrastructure.Data.Configurations;

public class ProblemReportConfiguration : IEntityTypeConfiguration<ProblemReport>
{
    public void Configure(EntityTypeBuilder<ProblemReport> builder)
    {
        builder.Property(r => r.IndicatorCode).HasMaxLength(FieldLengths.Code);
        builder.Property(r => r.RecordLabel).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(r => r.Message).HasMaxLength(FieldLengths.Note).IsRequired();
        builder.Property(r => r.ReporterEmail).HasMaxLength(FieldLengths.Email);
        builder.Property(r => r.Language).HasMaxLength(FieldLengths.LanguageCode).IsRequired();
        builder.Property(r => r.Answer).HasMaxLength(FieldLengths.Comment);
        builder.Property(r => r.AnsweredBy).HasMaxLength(FieldLengths.UserName);
        builder.Property(r => r.ResolvedBy).HasMaxLength(FieldLengths.UserName);
        builder.HasOne<Country>().WithMany().HasForeignKey(r => r.CountryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.CountryId, r.State });
    }
}
