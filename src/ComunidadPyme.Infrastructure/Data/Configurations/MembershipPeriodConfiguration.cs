using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Countries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComunidadPyme.Infrastructure.Data.Configurations;

public class MembershipPeriodConfiguration : IEntityTypeConfiguration<MembershipPeriod>
{
    public void Configure(EntityTypeBuilder<MembershipPeriod> builder)
    {
        builder.Property(m => m.Note).HasMaxLength(FieldLengths.Note);
        builder.HasIndex(m => new { m.CountryId, m.EffectiveFrom }).IsUnique();
    }
}
