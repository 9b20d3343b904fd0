using ComunidadPyme.Web.Features.Common;
using System.Globalization;
using ComunidadPyme.Core.Auditing;
using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Principles;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Web.Features.Workspace.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ComunidadPyme.Web.Features.Workspace.History;

/// <summary>
/// "Restore this version": replays the audit entries up to the chosen one to know the record's values then,
/// sets the restorable fields back, and saves like any edit (checked against the version the person saw).
/// The save is recorded in the audit trail as <see cref="AuditAction.Restored"/>.
/// </summary>
public sealed class VersionRestorer(AppDbContext db, VersionedSaver saver)
{
    public async Task<RestoreOutcome> RestoreAsync(HistoryScope scope, long entryId, Guid version, CancellationToken cancellationToken)
    {
        var key = scope.Id.ToString(CultureInfo.InvariantCulture);
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == scope.TypeName && a.EntityKey == key && a.Id <= entryId)
            .OrderBy(a => a.Id)
            .ToListAsync(cancellationToken);
        if (!scope.Exists || entries.Count == 0 || entries[^1].Id != entryId || entries[^1].Action == AuditAction.Deleted)
        {
            return RestoreOutcome.NotFound;
        }

        var record = await db.FindAsync(scope.Type.ClrType, [scope.Id], cancellationToken);
        if (record is not IVersioned versioned)
        {
            return RestoreOutcome.NotFound;
        }

        if (record is ProgressReport { IsEditableByCountry: false })
        {
            return RestoreOutcome.Locked;
        }

        var state = StateAfter(entries).Where(f => RestorableFields.Allows(scope.Type, f.Key)).ToList();
        var entry = db.Entry(record);
        foreach (var (field, text) in state.Where(f => !f.Key.Contains('.', StringComparison.Ordinal)))
        {
            await RestoreScalarAsync(entry, scope, field, text, cancellationToken);
        }

        foreach (var complex in state.Where(f => f.Key.Contains('.', StringComparison.Ordinal)).GroupBy(f => f.Key.Split('.')[0]))
        {
            RestoreComplex(record, scope.Type, complex.Key, complex.ToDictionary(f => f.Key.Split('.', 2)[1], f => f.Value));
        }

        db.ChangeTracker.DetectChanges();
        if (entry.State != EntityState.Modified)
        {
            return RestoreOutcome.NothingToRestore;
        }

        db.AuditUpdatesAsRestore = true;
        try
        {
            return await saver.TrySaveAsync(versioned, version, cancellationToken) ? RestoreOutcome.Restored : RestoreOutcome.Conflict;
        }
        finally
        {
            db.AuditUpdatesAsRestore = false;
        }
    }

    /// <summary>Field values after the last of the entries: each entry's new values over the previous ones.</summary>
    public static Dictionary<string, string?> StateAfter(IEnumerable<AuditEntry> entries)
    {
        var state = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var change in entries.Where(e => e.Action != AuditAction.Deleted).SelectMany(e => e.Changes))
        {
            state[change.Field] = change.NewValue;
        }

        return state;
    }

    private async Task RestoreScalarAsync(EntityEntry entry, HistoryScope scope, string field, string? text, CancellationToken cancellationToken)
    {
        if (scope.Type.FindProperty(field) is not { } property || property.IsShadowProperty() || property.IsPrimaryKey()
            || !AuditValueParser.TryParse(text, property.ClrType, out var value))
        {
            return;
        }

        // A record may point only at records that still exist, and only within its own country.
        foreach (var foreignKey in property.GetContainingForeignKeys())
        {
            if (value is not null && !await IsValidReferenceAsync(foreignKey, value, scope.CountryId, cancellationToken))
            {
                if (!property.IsNullable)
                {
                    return;
                }

                value = null;
            }
        }

        entry.Property(field).CurrentValue = value;
    }

    private async Task<bool> IsValidReferenceAsync(IForeignKey foreignKey, object value, int? countryId, CancellationToken cancellationToken)
    {
        var principal = await db.FindAsync(foreignKey.PrincipalEntityType.ClrType, [value], cancellationToken);
        return principal is not null && (principal is not ICountryScoped scoped || scoped.CountryId == countryId);
    }

    private static void RestoreComplex(object record, IEntityType type, string name, Dictionary<string, string?> values)
    {
        if (type.FindComplexProperty(name) is not { PropertyInfo: { } propertyInfo } complex)
        {
            return;
        }

        if (complex.IsNullable && values.Values.All(v => v is null))
        {
            propertyInfo.SetValue(record, null);
            return;
        }

        // A fresh instance, so a text that was absent can come back and EF sees every field that changed.
        var current = propertyInfo.GetValue(record);
        var restored = Activator.CreateInstance(complex.ClrType)!;
        foreach (var member in complex.ComplexType.GetProperties())
        {
            if (member.PropertyInfo is not { } memberInfo)
            {
                continue;
            }

            var value = current is null ? null : memberInfo.GetValue(current);
            if (values.TryGetValue(member.Name, out var text) && AuditValueParser.TryParse(text, member.ClrType, out var parsed))
            {
                value = parsed;
            }

            if (value is not null || member.IsNullable)
            {
                memberInfo.SetValue(restored, value);
            }
        }

        propertyInfo.SetValue(record, restored);
    }
}

public enum RestoreOutcome
{
    Restored = 1,
    NothingToRestore = 2,
    NotFound = 3,
    Conflict = 4,
    Locked = 5,
}
