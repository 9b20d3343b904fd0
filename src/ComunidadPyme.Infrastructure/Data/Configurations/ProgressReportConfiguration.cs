using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Principles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComunidadPyme.Infrastructure.Data.Configurations;

public class ProgressReportConfiguration : IEntityTypeConfiguration<ProgressReport>
{
    public void Configure(EntityTypeBuilder<ProgressReport> builder)
    {
        CountryContentMapping.Map(builder);
        builder.ComplexProperty(r => r.Narrative, n => LocalizedTextMapping.Map(n, FieldLengths.Narrative));
        builder.ComplexCollection(r => r.Evidence, e => e.ToJson());
        builder.Property(r => r.SubmittedBy).HasMaxLength(FieldLengths.UserName);
        builder.Property(r => r.ReviewedBy).HasMaxLength(FieldLengths.UserName);
        builder.HasOne(r => r.Principle).WithMany().HasForeignKey(r => r.PrincipleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.ReportingCycle).WithMany().HasForeignKey(r => r.ReportingCycleId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Comments).WithOne().HasForeignKey(c => c.ProgressReportId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.CountryId, r.PrincipleId, r.ReportingCycleId }).IsUnique();
        builder.Property(r => r.AssessmentRationale).HasMaxLength(FieldLengths.Note);
        builder.Property(r => r.AssessedBy).HasMaxLength(FieldLengths.UserName);
        // Which accepted report a carried-forward draft started from: informative only, no foreign key, so the
        // report it came from can be corrected in a later version without touching this one.
        builder.HasIndex(r => r.CarriedForwardFromId);
        builder.HasIndex(r => new { r.ReportingCycleId, r.State });
        builder.Ignore(r => r.IsEditableByCountry);
        builder.Ignore(r => r.LevelGap);
        builder.Ignore(r => r.HasFlaggedGap);
        builder.Ignore(r => r.PublicAssessedLevel);
    }
}
