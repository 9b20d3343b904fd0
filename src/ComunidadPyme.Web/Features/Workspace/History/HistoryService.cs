using System.Globalization;
using ComunidadPyme.Core.Auditing;
using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Countries;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Web.Features.Workspace.Common;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Workspace.History;

/// <summary>Reads a record's audit trail for its history page. The trail itself is never changed here.</summary>
public sealed class HistoryService(
    AppDbContext db, WorkspaceUrls urls, HistoryFieldLabels labels, HistoryValues values, HistoryRecordNames names,
    WorkspaceText<WorkspaceHistoryResource> l)
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
        var latestId = entries.Count == 0 ? 0 : entries[^1].Id;
        var views = new List<HistoryEntryView>(entries.Count);
        foreach (var entry in entries)
        {
            var changes = new List<FieldChangeView>();
            foreach (var change in entry.Changes.Where(c => (c.OldValue is not null || c.NewValue is not null) && c.Field != "CountryId"))
            {
                changes.Add(new FieldChangeView(change.Field, Label(scope, change.Field),
                    await values.DisplayAsync(scope.Type, change.Field, change.OldValue, lang, cancellationToken),
                    await values.DisplayAsync(scope.Type, change.Field, change.NewValue, lang, cancellationToken),
                    KindOf(entry.Action, change)));
            }

            views.Add(new HistoryEntryView(entry.Id, entry.AtUtc, entry.UserName, entry.Action, changes,
                CanRestore: scope.Exists && entry.Id != latestId && entry.Action != AuditAction.Deleted));
        }

        views.Reverse();
        var title = scope.Exists
            ? await names.OfExistingAsync(scope.Type, scope.Id, lang, cancellationToken)
            : await names.OfStateAsync(scope.Type, VersionRestorer.StateAfter(entries), lang, cancellationToken);
        var typeLabel = l["EntityType." + scope.TypeName].Value;
        var version = scope.Exists ? (await db.FindAsync(scope.Type.ClrType, [scope.Id], cancellationToken) as IVersioned)?.Version : null;
        return new HistoryViewModel(scope, title ?? typeLabel, typeLabel, await BackUrlAsync(scope, lang, cancellationToken), version, views);
    }

    private static ChangeKind KindOf(AuditAction action, AuditFieldChange change) => (change.OldValue, change.NewValue) switch
    {
        _ when action == AuditAction.Deleted => ChangeKind.Was,
        (null, _) => ChangeKind.Set,
        (_, null) => ChangeKind.Cleared,
        _ => ChangeKind.Changed,
    };

    private string Label(HistoryScope scope, string field)
    {
        var root = field.Split('.')[0];
        return labels.Of(scope.Type.ClrType, field, scope.Type.FindComplexProperty(root)?.ClrType).Value;
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
}
