using ComunidadPyme.Core.Common;
using ComunidadPyme.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComunidadPyme.Infrastructure.Data.Configurations;

public class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(FieldLengths.PersonName);
        builder.Property(u => u.PreferredLanguage).HasMaxLength(FieldLengths.LanguageCode);
        builder.Ignore(u => u.IsDisabled);
    }
}
