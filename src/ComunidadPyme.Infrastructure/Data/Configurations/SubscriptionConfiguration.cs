using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Following;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComunidadPyme.Infrastructure.Data.Configurations;

public class SubscriptionConfiguration : IEntityTypeConfiguration<Subscription>
{
    public void Configure(EntityTypeBuilder<Subscription> builder)
    {
        builder.Property(s => s.Email).HasMaxLength(FieldLengths.Email).IsRequired();
        builder.Property(s => s.Language).HasMaxLength(FieldLengths.LanguageCode).IsRequired();
        builder.Property(s => s.Key).HasMaxLength(FieldLengths.Code).IsRequired();
        builder.HasIndex(s => new { s.Email, s.Kind, s.Key }).IsUnique();
    }
}
