using System.Globalization;
using ComunidadPyme.Core.Auditing;
using ComunidadPyme.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ComunidadPyme.Infrastructure.Data.Auditing;

/// <summary>
/// Turns tracked changes into audit entries. Captured before the save (when old values are still known)
/// and completed after it (when new keys exist).
/// </summary>
internal sealed class AuditTrail
{
    // Stamps and the concurrency token change on every save; they say nothing a reader needs.
    private static readonly HashSet<string> s_unaudited =
    [
        nameof(IVersioned.Version), nameof(ITracksChanges.CreatedAtUtc), nameof(ITracksChanges.CreatedBy),
        nameof(ITracksChanges.UpdatedAtUtc), nameof(ITracksChanges.UpdatedBy),
    ];

    private readonly List<(EntityEntry Entry, AuditEntry Audit)> _pending = [];

    public static AuditTrail Capture(ChangeTracker tracker, ICurrentUser user, DateTime nowUtc, bool updatesAreRestore = false)
    {
        var updateAction = updatesAreRestore ? AuditAction.Restored : AuditAction.Updated;
        var entries = tracker.Entries().ToList();
        var audits = new Dictionary<object, (EntityEntry Entry, AuditEntry Audit)>(ReferenceEqualityComparer.Instance);
        foreach (var entry in entries)
        {
            if (entry.Entity is AuditEntry && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("The audit trail is append-only: entries cannot be changed or deleted.");
            }

            if (entry.Entity is not IAudited || entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Created,
                EntityState.Deleted => AuditAction.Deleted,
                _ => updateAction,
            };
            var audit = Start(entry, user, nowUtc, action);
            audit.Changes = FieldChanges(entry);
            audits[entry.Entity] = (entry, audit);
        }

        AuditedParts.Attach(entries, audits, owner => Start(owner, user, nowUtc, updateAction));

        var trail = new AuditTrail();
        foreach (var (entry, audit) in audits.Values)
        {
            if (audit.Action is AuditAction.Updated or AuditAction.Restored && audit.Changes.Count == 0)
            {
                continue;
            }

            trail._pending.Add((entry, audit));
        }

        return trail;
    }

    private static AuditEntry Start(EntityEntry entry, ICurrentUser user, DateTime nowUtc, AuditAction action) => new()
    {
        AtUtc = nowUtc,
        UserId = user.UserId,
        UserName = user.UserName,
        IpAddress = user.IpAddress,
        Action = action,
        EntityType = entry.Metadata.ClrType.Name,
        CountryId = entry.Entity is ICountryScoped scoped ? scoped.CountryId : null,
    };

    public bool IsEmpty => _pending.Count == 0;

    /// <summary>The countries touched by the change (a country itself, or a record it maintains).</summary>
    public IReadOnlyCollection<int> CountryIds() =>
        _pending.Select(p => p.Entry.Entity switch
            {
                ICountryScoped scoped => scoped.CountryId,
                Core.Countries.Country country => country.Id,
                _ => 0,
            })
            .Where(id => id != 0)
            .ToHashSet();

    /// <summary>The entries to append, with the keys the database has now assigned.</summary>
    public IEnumerable<AuditEntry> Complete()
    {
        foreach (var (entry, audit) in _pending)
        {
            audit.EntityKey = ((IAudited)entry.Entity).Id.ToString(CultureInfo.InvariantCulture);

            // A country's own changes belong to its history too; its key is known only after the save.
            audit.CountryId ??= entry.Entity is Core.Countries.Country country ? country.Id : null;
            yield return audit;
        }
    }

    private static List<AuditFieldChange> FieldChanges(EntityEntry entry)
    {
        var changes = new List<AuditFieldChange>();
        AddChanges(changes, entry.State, string.Empty, entry.Properties);
        foreach (var complex in entry.ComplexProperties)
        {
            if (complex is ComplexPropertyEntry single)
            {
                AddChanges(changes, entry.State, single.Metadata.Name + ".", single.Properties);
            }
        }

        return changes;
    }

    private static void AddChanges(
        List<AuditFieldChange> changes, EntityState state, string prefix, IEnumerable<PropertyEntry> properties)
    {
        foreach (var property in properties)
        {
            if (property.Metadata.IsPrimaryKey() || s_unaudited.Contains(property.Metadata.Name))
            {
                continue;
            }

            var oldValue = state == EntityState.Added ? null : Format(property.OriginalValue);
            var newValue = state == EntityState.Deleted ? null : Format(property.CurrentValue);
            if (state == EntityState.Modified && (!property.IsModified || oldValue == newValue))
            {
                continue;
            }

            changes.Add(new AuditFieldChange { Field = prefix + property.Metadata.Name, OldValue = oldValue, NewValue = newValue });
        }
    }

    internal static string? Format(object? value) => value switch
    {
        null => null,
        DateTime dateTime => dateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),

        // 0.1 and 0.10 are the same amount; without this a form's formatting would look like a change.
        decimal amount => (amount / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable items and not string => string.Join(", ", items.Cast<object>()),
        _ => value.ToString(),
    };
}
