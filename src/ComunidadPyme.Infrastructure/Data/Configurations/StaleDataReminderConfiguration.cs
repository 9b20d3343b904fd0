using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Countries;
using ComunidadPyme.Core.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComunidadPyme.Infrastructure.Data.Configurations;

public class StaleDataReminderConfiguration : IEntityTypeConfiguration<StaleDataReminder>
{
    public void Configure(EntityTypeBuilder<StaleDataReminder> builder)
    {
        builder.Property(r => r.Part).HasMaxLength(64).IsRequired();
        builder.Property(r => r.Period).HasMaxLength(16).IsRequired();
        builder.Property(r => r.Recipient).HasMaxLength(FieldLengths.Email).IsRequired();
        builder.Property(r => r.LastError).HasMaxLength(StaleDataReminder.MaxErrorLength);
        builder.HasOne<Country>().WithMany().HasForeignKey(r => r.CountryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.CountryId, r.Part, r.Period, r.Recipient }).IsUnique();
        builder.Ignore(r => r.IsSent);
    }
}
