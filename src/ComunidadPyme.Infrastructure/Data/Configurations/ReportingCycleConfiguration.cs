using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Principles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComunidadPyme.Infrastructure.Data.Configurations;

public class ReportingCycleConfiguration : IEntityTypeConfiguration<ReportingCycle>
{
    public void Configure(EntityTypeBuilder<ReportingCycle> builder)
    {
        builder.ComplexProperty(c => c.Name, n => LocalizedTextMapping.Map(n, FieldLengths.Name));
        builder.Ignore(c => c.AcceptsSubmissions);
    }
}
