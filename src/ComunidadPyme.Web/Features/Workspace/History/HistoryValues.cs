using System.Globalization;
using ComunidadPyme.Core.Common;
using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Web.Localization;
using ComunidadPyme.Web.Features.Workspace.Observations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ComunidadPyme.Web.Features.Workspace.History;

/// <summary>
/// A recorded value (the invariant text the audit trail writes) as the reader reads it: an enum's or a language's
/// name, Yes or No, a date in the page's language, a number with its decimal separator, and a reference to another
/// record by that record's name. Anything else, or a value that cannot be read back, is shown as recorded.
/// </summary>
public sealed class HistoryValues(
    HistoryRecordNames names, WorkspaceText<WorkspaceHistoryResource> l, Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> shared)
{
    private static readonly Dictionary<string, string> s_languages = new(StringComparer.OrdinalIgnoreCase)
    {
        [Languages.English] = "English", [Languages.Spanish] = "Spanish", [Languages.Portuguese] = "Portuguese", [Languages.French] = "French",
    };

    public async Task<string?> DisplayAsync(IEntityType type, string field, string? value, string lang, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            return null;
        }

        if (ComunidadPyme.Core.Indicators.SampleSource.IsSampleNote(value))
        {
            return SourceNoteText.For(value, shared);
        }

        var parts = field.Split('.');
        var property = parts.Length == 1
            ? type.FindProperty(parts[0])
            : type.FindComplexProperty(parts[0])?.ComplexType.FindProperty(parts[1]);
        if (property is null || !AuditValueParser.TryParse(value, property.ClrType, out var parsed) || parsed is null)
        {
            return value;
        }

        if (property.DeclaringType is IComplexType && property.Name == nameof(TranslatableText.Language) && s_languages.TryGetValue(value, out var language))
        {
            return l[language];
        }

        if (parsed is int id && property.GetContainingForeignKeys().FirstOrDefault() is { } reference
            && typeof(IAudited).IsAssignableFrom(reference.PrincipalEntityType.ClrType))
        {
            return await names.OfExistingAsync(reference.PrincipalEntityType, id, lang, cancellationToken) ?? value;
        }

        var culture = CultureInfo.CurrentCulture;
        return parsed switch
        {
            Enum member => EnumText.Of(l, member),
            bool flag => l[flag ? "Yes" : "No"],
            DateOnly date => Dates.Short(date),
            DateTime moment => l["{0} UTC", Dates.WithTime(moment)],
            double number => DecimalText.ForDisplay(number, culture),
            decimal number => number.ToString(culture),
            _ => value,
        };
    }
}
