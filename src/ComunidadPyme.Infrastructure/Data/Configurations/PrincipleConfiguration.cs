using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Principles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComunidadPyme.Infrastructure.Data.Configurations;

public class PrincipleConfiguration : IEntityTypeConfiguration<Principle>
{
    public void Configure(EntityTypeBuilder<Principle> builder)
    {
        builder.HasIndex(p => new { p.Kind, p.Number }).IsUnique();
        builder.ComplexProperty(p => p.ShortTitle, n => LocalizedTextMapping.Map(n, FieldLengths.Name));
        builder.ComplexProperty(p => p.Text, n => LocalizedTextMapping.Map(n, FieldLengths.Note));
    }
}
