using ComunidadPyme.Core.Auditing;
using ComunidadPyme.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ComunidadPyme.Infrastructure.Data.Auditing;

/// <summary>
/// Records that belong to an audited record and die with it (a definition's thresholds, a law's relations
/// and principles, a country's membership periods and confirmations, a report's comments) are not audited
/// on their own: each change is written into the owner's entry as one line named after the collection, so
/// the owner's history tells the whole story. Only owners loaded in the same context can be found.
/// </summary>
internal static class AuditedParts
{
    public static void Attach(
        IReadOnlyList<EntityEntry> entries,
        Dictionary<object, (EntityEntry Entry, AuditEntry Audit)> audits,
        Func<EntityEntry, AuditEntry> startOwnerUpdate)
    {
        Dictionary<(IEntityType Type, object Key), EntityEntry>? owners = null;
        foreach (var part in entries)
        {
            if (part.Entity is IAudited or AuditEntry
                || part.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            foreach (var foreignKey in part.Metadata.GetForeignKeys())
            {
                var collection = OwningCollection(foreignKey);
                if (collection is null)
                {
                    continue;
                }

                var ownerKey = Value(part, part.Property(foreignKey.Properties[0].Name));
                owners ??= IndexOwners(entries);
                if (ownerKey is null || !owners.TryGetValue((foreignKey.PrincipalEntityType, ownerKey), out var owner))
                {
                    continue;
                }

                var change = Describe(part, foreignKey, collection);
                if (change is null)
                {
                    continue;
                }

                if (!audits.TryGetValue(owner.Entity, out var audit))
                {
                    audit = (owner, startOwnerUpdate(owner));
                    audits[owner.Entity] = audit;
                }

                audit.Audit.Changes.Add(change);
            }
        }
    }

    private static string? OwningCollection(IForeignKey foreignKey) =>
        foreignKey.DeleteBehavior == DeleteBehavior.Cascade
        && foreignKey.Properties.Count == 1
        && typeof(IAudited).IsAssignableFrom(foreignKey.PrincipalEntityType.ClrType)
            ? foreignKey.PrincipalToDependent?.Name ?? foreignKey.GetReferencingSkipNavigations().FirstOrDefault()?.Name
            : null;

    private static Dictionary<(IEntityType Type, object Key), EntityEntry> IndexOwners(IReadOnlyList<EntityEntry> entries)
    {
        var owners = new Dictionary<(IEntityType Type, object Key), EntityEntry>();
        foreach (var entry in entries.Where(e => e.Entity is IAudited))
        {
            var key = entry.Metadata.FindPrimaryKey()?.Properties;
            if (key is { Count: 1 } && entry.Property(key[0].Name).CurrentValue is { } value)
            {
                owners.TryAdd((entry.Metadata, value), entry);
            }
        }

        return owners;
    }

    private static AuditFieldChange? Describe(EntityEntry part, IForeignKey owning, string collection)
    {
        var shown = part.Properties
            .Where(p => !p.Metadata.IsPrimaryKey() && !owning.Properties.Contains(p.Metadata))
            .ToList();
        var oldValue = part.State == EntityState.Added ? null : Line(shown, current: false);
        var newValue = part.State == EntityState.Deleted ? null : Line(shown, current: true);
        return oldValue == newValue ? null : new AuditFieldChange { Field = collection, OldValue = oldValue, NewValue = newValue };
    }

    private static string Line(IEnumerable<PropertyEntry> properties, bool current) =>
        string.Join("; ", properties
            .Select(p => (p.Metadata.Name, Value: AuditTrail.Format(current ? p.CurrentValue : p.OriginalValue)))
            .Where(p => p.Value is not null)
            .Select(p => $"{p.Name}: {p.Value}"));

    private static object? Value(EntityEntry entry, PropertyEntry property) =>
        entry.State == EntityState.Deleted ? property.OriginalValue : property.CurrentValue;
}
