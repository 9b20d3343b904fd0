using System.Globalization;
using ComunidadPyme.Core.Indicators;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using ComunidadPyme.Web.Features.Workspace.Common;

namespace ComunidadPyme.Web.Features.Workspace.Observations.Grid;

/// <summary>
/// Builds the grid from the database and, when the page comes back with messages or conflicts, lays what
/// the person typed over it.
/// </summary>
public sealed class ObservationGridReader(AppDbContext db, ObservationCatalogue catalogue)
{
    public async Task<ObservationGridViewModel> ReadAsync(
        WorkspaceCountry country,
        ObservationGridQuery query,
        GridRange range,
        ObservationGridInput? posted,
        IReadOnlyList<CellConflict> conflicts,
        CancellationToken cancellationToken)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var indicators = (await catalogue.IndicatorsAsync(language, cancellationToken))
            .Where(ObservationCatalogue.FitsTheGrid)
            .Where(i => range.Theme is null || i.Theme == range.Theme)
            .ToList();
        var years = Years(range, posted, indicators);
        var saved = await SavedAsync(country.Id, years, cancellationToken);
        var conflictByKey = conflicts.ToDictionary(c => c.Key);

        var groups = indicators
            .GroupBy(i => i.Theme)
            .Select(g => new GridThemeGroup(g.Key, g.Select(indicator => new GridRow(indicator, years
                .Select(year => Cell(new CellKey(indicator.Id, year), saved, posted, conflictByKey))
                .ToList())).ToList()))
            .ToList();
        return new ObservationGridViewModel(country, query, range, years, groups, conflicts.Count);
    }

    /// <summary>The asked-for years, plus any year the person typed a value for (so its message has a place).</summary>
    private static List<int> Years(GridRange range, ObservationGridInput? posted, List<IndicatorRules> indicators)
    {
        var shown = indicators.Select(i => i.Id).ToHashSet();
        var typed = (posted?.Cells ?? [])
            .Where(c => !string.IsNullOrWhiteSpace(c.Value.Value))
            .Select(c => CellKey.TryParse(c.Key, out var key) && shown.Contains(key.IndicatorId) ? key.Year : (int?)null)
            .OfType<int>()
            .Except(range.Years)
            .Distinct()
            .Take(GridRange.MaxYears);
        return range.Years.Concat(typed).Order().ToList();
    }

    private async Task<Dictionary<CellKey, ObservationSnapshot>> SavedAsync(
        int countryId, List<int> years, CancellationToken cancellationToken)
    {
        var first = years.Min();
        var last = years.Max();
        var rows = await db.Observations.AsNoTracking()
            .Where(o => o.CountryId == countryId && o.Year >= first && o.Year <= last && o.Period.Length == 4)
            .Select(o => new { o.Id, o.IndicatorId, o.Year, o.Version, o.Value, o.Status, o.SourceNote, o.IsSample })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(
            o => new CellKey(o.IndicatorId, o.Year),
            o => new ObservationSnapshot(o.Id, o.Version, o.Value, o.Status, o.SourceNote, o.IsSample));
    }

    private static GridCell Cell(
        CellKey key,
        Dictionary<CellKey, ObservationSnapshot> saved,
        ObservationGridInput? posted,
        Dictionary<CellKey, CellConflict> conflicts)
    {
        var cell = new GridCell { Key = key };
        if (saved.TryGetValue(key, out var snapshot))
        {
            cell.ValueText = DecimalText.ForInput(snapshot.Value, CultureInfo.CurrentCulture);
            cell.Status = snapshot.Status.ToString();
            cell.Source = snapshot.EditableSource;
            cell.SavedSource = snapshot.Source;
            cell.Version = snapshot.Version.ToString();
            cell.Original = snapshot.Fingerprint;
            cell.IsSample = snapshot.IsSample;
            cell.ObservationId = snapshot.Id;
        }

        if (posted is not null && posted.Cells.TryGetValue(key.ToString(), out var input))
        {
            cell.ValueText = input.Value ?? string.Empty;
            cell.Status = input.Status ?? nameof(ObservationStatus.Final);
            cell.Source = input.Source ?? string.Empty;
            cell.Version = input.Version;
            cell.Original = input.Original ?? string.Empty;
            cell.Delete = input.DeleteRequested;
            cell.Keep = input.KeepsTheirs ? KeepChoice.Theirs : KeepChoice.Mine;
        }

        if (conflicts.TryGetValue(key, out var conflict))
        {
            // Saving again now means "mine over what they saved", which is what the person will be asked.
            cell.Conflict = conflict;
            cell.Version = conflict.Theirs?.Version.ToString();
            cell.Original = conflict.Theirs?.Fingerprint ?? string.Empty;
            cell.IsSample = conflict.Theirs?.IsSample ?? false;
            cell.ObservationId = conflict.Theirs?.Id ?? cell.ObservationId;
            cell.Keep = KeepChoice.Mine;
        }

        return cell;
    }
}
