using ComunidadPyme.Web.Features.Common;
using System.Globalization;
using ComunidadPyme.Core.Auditing;
using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Countries;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Web.Features.Workspace.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.History;

/// <summary>Reads a record's audit trail for its history page. The trail itself is never changed here.</summary>
public sealed class HistoryService(AppDbContext db, WorkspaceUrls urls, WorkspaceText<WorkspaceHistoryResource> l)
{
    public async Task<HistoryScope?> ScopeAsync(string entityType, int id, CancellationToken cancellationToken)
    {
        var type = db.Model.GetEntityTypes().FirstOrDefault(t =>
            typeof(IAudited).IsAssignableFrom(t.ClrType) && string.Equals(t.ClrType.Name, entityType, StringComparison.OrdinalIgnoreCase));
        if (type is null)
        {
            return null;
        }

        var record = await db.FindAsync(type.ClrType, [id], cancellationToken);
        if (record is not null)
        {
            return new HistoryScope(type, id, Exists: true, CountryOf(record));
        }

        var key = id.ToString(CultureInfo.InvariantCulture);
        var last = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == type.ClrType.Name && a.EntityKey == key)
            .OrderByDescending(a => a.Id)
            .Select(a => new { a.CountryId })
            .FirstOrDefaultAsync(cancellationToken);
        return last is null ? null : new HistoryScope(type, id, Exists: false, last.CountryId);
    }

    public async Task<HistoryViewModel> BuildAsync(HistoryScope scope, string lang, CancellationToken cancellationToken)
    {
        var key = scope.Id.ToString(CultureInfo.InvariantCulture);
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == scope.TypeName && a.EntityKey == key)
            .OrderBy(a => a.Id)
            .ToListAsync(cancellationToken);
        var record = scope.Exists ? await db.FindAsync(scope.Type.ClrType, [scope.Id], cancellationToken) : null;
        var latestId = entries.Count == 0 ? 0 : entries[^1].Id;
        var views = entries
            .Select(e => new HistoryEntryView(e.Id, e.AtUtc, e.UserName, e.Action,
                [.. e.Changes.Where(c => (c.OldValue is not null || c.NewValue is not null) && c.Field != "CountryId").Select(c => new FieldChangeView(c.Field, Label(c.Field), Display(scope, c.Field, c.OldValue), Display(scope, c.Field, c.NewValue)))],
                CanRestore: scope.Exists && e.Id != latestId && e.Action != AuditAction.Deleted))
            .Reverse()
            .ToList();
        var title = record is not null ? TitleOf(record, lang) : TitleOf(VersionRestorer.StateAfter(entries));
        return new HistoryViewModel(scope, title ?? $"#{scope.Id}", await BackUrlAsync(scope, lang, cancellationToken),
            (record as IVersioned)?.Version, views);
    }

    private static int? CountryOf(object record) => record switch
    {
        ICountryScoped scoped => scoped.CountryId,
        Country country => country.Id,
        _ => null,
    };

    private async Task<string?> BackUrlAsync(HistoryScope scope, string lang, CancellationToken cancellationToken)
    {
        var section = scope.TypeName switch
        {
            "Institution" => WorkspaceSections.Institutions,
            "FocalPoint" => WorkspaceSections.FocalPoints,
            "MsmeDefinition" => WorkspaceSections.Definitions,
            "LegalInstrument" => WorkspaceSections.Laws,
            "SupportProgramme" => WorkspaceSections.Programmes,
            "ProgressReport" => WorkspaceSections.Progress,
            "Observation" => WorkspaceSections.Observations,
            "Country" => WorkspaceSections.Profile,
            "Principle" => WorkspaceSections.Principles,
            "ReportingCycle" => WorkspaceSections.Cycles,
            "Indicator" => WorkspaceSections.Indicators,
            _ => null,
        };
        if (section is null)
        {
            return null;
        }

        if (scope.CountryId is not { } countryId)
        {
            return urls.Admin(lang, section);
        }

        var iso2 = await db.Countries.AsNoTracking().Where(c => c.Id == countryId).Select(c => c.Iso2).FirstOrDefaultAsync(cancellationToken);
        return iso2 is null ? null : urls.Section(lang, iso2, section);
    }

    private static string? TitleOf(object record, string lang)
    {
        foreach (var name in new[] { "Title", "Name", "FullName", "ShortTitle" })
        {
            switch (record.GetType().GetProperty(name)?.GetValue(record))
            {
                case TranslatableText text:
                    return text.Resolve(lang).Text;
                case LocalizedText text:
                    return text.In(lang);
                case string text:
                    return text;
            }
        }

        return null;
    }

    private static string? TitleOf(IReadOnlyDictionary<string, string?> state) =>
        new[] { "Title.Original", "Name.Original", "FullName", "ShortTitle.En", "Name.En" }
            .Select(state.GetValueOrDefault).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));

    private static string Label(string field) =>
        string.Join(" › ", field.Split('.').Select(Humanize));

    private static string Humanize(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) && !char.IsUpper(name[i - 1]) ? " " + char.ToLowerInvariant(c) : c.ToString()));

    private string? Display(HistoryScope scope, string field, string? value)
    {
        if (value is null)
        {
            return null;
        }

        var parts = field.Split('.');
        var type = parts.Length == 1
            ? scope.Type.FindProperty(parts[0])?.ClrType
            : scope.Type.FindComplexProperty(parts[0])?.ComplexType.FindProperty(parts[1])?.ClrType;
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        if (type is { IsEnum: true } && Enum.TryParse(type, value, out var member))
        {
            return EnumText.Of(l, (Enum)member);
        }

        return type == typeof(bool) && bool.TryParse(value, out var flag) ? l[flag ? "Yes" : "No"] : value;
    }
}
