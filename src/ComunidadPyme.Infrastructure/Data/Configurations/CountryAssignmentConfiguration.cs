using ComunidadPyme.Core.Countries;
using ComunidadPyme.Core.Security;
using ComunidadPyme.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComunidadPyme.Infrastructure.Data.Configurations;

public class CountryAssignmentConfiguration : IEntityTypeConfiguration<CountryAssignment>
{
    public void Configure(EntityTypeBuilder<CountryAssignment> builder)
    {
        builder.HasKey(a => new { a.UserId, a.CountryId });
        builder.HasOne<ApplicationUser>().WithMany(u => u.Countries).HasForeignKey(a => a.UserId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Country>().WithMany().HasForeignKey(a => a.CountryId).OnDelete(DeleteBehavior.Cascade);
    }
}
