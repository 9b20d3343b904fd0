using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Principles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComunidadPyme.Infrastructure.Data.Configurations;

public class ReviewCommentConfiguration : IEntityTypeConfiguration<ReviewComment>
{
    public void Configure(EntityTypeBuilder<ReviewComment> builder)
    {
        builder.Property(c => c.Author).HasMaxLength(FieldLengths.UserName).IsRequired();
        builder.Property(c => c.Text).HasMaxLength(FieldLengths.Comment).IsRequired();
    }
}
