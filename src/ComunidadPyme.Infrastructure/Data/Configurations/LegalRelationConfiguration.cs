using ComunidadPyme.Core.Legal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComunidadPyme.Infrastructure.Data.Configurations;

public class LegalRelationConfiguration : IEntityTypeConfiguration<LegalRelation>
{
    public void Configure(EntityTypeBuilder<LegalRelation> builder)
    {
        builder.HasIndex(r => new { r.SourceId, r.TargetId, r.Kind }).IsUnique();
    }
}
