using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Countries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComunidadPyme.Infrastructure.Data.Configurations;

public class SectionConfirmationConfiguration : IEntityTypeConfiguration<SectionConfirmation>
{
    public void Configure(EntityTypeBuilder<SectionConfirmation> builder)
    {
        builder.Property(s => s.ConfirmedBy).HasMaxLength(FieldLengths.UserName);
        builder.HasIndex(s => new { s.CountryId, s.Section }).IsUnique();
    }
}
