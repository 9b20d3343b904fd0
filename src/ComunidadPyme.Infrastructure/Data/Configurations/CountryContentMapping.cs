using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Countries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComunidadPyme.Infrastructure.Data.Configurations;

/// <summary>What every country-maintained record shares: its country, stamps and sample flag.</summary>
internal static class CountryContentMapping
{
    public static void Map<T>(EntityTypeBuilder<T> builder) where T : CountryContent
    {
        builder.HasOne<Country>().WithMany().HasForeignKey(e => e.CountryId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.CreatedBy).HasMaxLength(FieldLengths.UserName);
        builder.Property(e => e.UpdatedBy).HasMaxLength(FieldLengths.UserName);
    }
}
