using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComunidadPyme.Infrastructure.Data.Configurations;

public class SignInEventConfiguration : IEntityTypeConfiguration<SignInEvent>
{
    public void Configure(EntityTypeBuilder<SignInEvent> builder)
    {
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.Property(s => s.UserName).HasMaxLength(FieldLengths.UserName).IsRequired();
        builder.Property(s => s.IpAddress).HasMaxLength(FieldLengths.IpAddress);
        builder.Property(s => s.UserAgent).HasMaxLength(FieldLengths.Source);
        builder.Property(s => s.FailureReason).HasMaxLength(FieldLengths.ShortName);
        builder.HasIndex(s => new { s.UserId, s.AtUtc });
    }
}
