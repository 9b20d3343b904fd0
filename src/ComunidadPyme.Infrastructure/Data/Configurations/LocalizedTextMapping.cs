using ComunidadPyme.Core.Common;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComunidadPyme.Infrastructure.Data.Configurations;

/// <summary>Column mappings for the two multilingual value objects, shared by every configuration.</summary>
internal static class LocalizedTextMapping
{
    public static void Map(ComplexPropertyBuilder<LocalizedText> text, int length)
    {
        text.Property(t => t.En).HasMaxLength(length).IsRequired();
        text.Property(t => t.Es).HasMaxLength(length);
        text.Property(t => t.Pt).HasMaxLength(length);
        text.Property(t => t.Fr).HasMaxLength(length);
    }

    public static void Map(ComplexPropertyBuilder<TranslatableText> text, int length)
    {
        text.Property(t => t.Original).HasMaxLength(length).IsRequired();
        text.Property(t => t.Language).HasMaxLength(FieldLengths.LanguageCode).IsRequired();
        text.Property(t => t.En).HasMaxLength(length);
        text.Property(t => t.Es).HasMaxLength(length);
        text.Property(t => t.Pt).HasMaxLength(length);
        text.Property(t => t.Fr).HasMaxLength(length);
    }
}
