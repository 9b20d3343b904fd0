using System.Globalization;

namespace ComunidadPyme.Web.Features.Workspace.Observations.Grid;

/// <summary>
/// Works out which posted cells the person changed. A cell is unchanged when its fingerprint matches the
/// one it was shown with, so only real edits are checked and saved.
/// </summary>
public static class ObservationGridPlanner
{
    public static IReadOnlyList<CellChange> Changes(
        ObservationGridInput input, IReadOnlyDictionary<int, IndicatorRules> indicators, CultureInfo culture)
    {
        var changes = new List<CellChange>();
        foreach (var (name, cell) in input.Cells)
        {
            if (!CellKey.TryParse(name, out var key) || !indicators.TryGetValue(key.IndicatorId, out var indicator)
                || cell.KeepsTheirs)
            {
                continue;
            }

            var seenVersion = Guid.TryParse(cell.Version, out var version) ? version : (Guid?)null;
            if (cell.DeleteRequested)
            {
                if (seenVersion is not null)
                {
                    changes.Add(new CellChange(key, CellChangeKind.Delete, seenVersion, null));
                }

                continue;
            }

            if (seenVersion is null && string.IsNullOrWhiteSpace(cell.Value))
            {
                continue;
            }

            var draft = new ObservationDraft(indicator, key.Year.ToString(CultureInfo.InvariantCulture),
                cell.Value, cell.Status, cell.Source, culture);
            if (seenVersion is null)
            {
                changes.Add(new CellChange(key, CellChangeKind.Create, null, draft));
            }
            else if (CellFingerprint.Of(draft) != cell.Original)
            {
                changes.Add(new CellChange(key, CellChangeKind.Update, seenVersion, draft));
            }
        }

        return changes;
    }
}

/// <summary>A cell the person changed: what to do, the version they saw, and what they typed.</summary>
public sealed record CellChange(CellKey Key, CellChangeKind Kind, Guid? SeenVersion, ObservationDraft? Draft);

public enum CellChangeKind
{
    Create = 1,
    Update = 2,
    Delete = 3,
}
