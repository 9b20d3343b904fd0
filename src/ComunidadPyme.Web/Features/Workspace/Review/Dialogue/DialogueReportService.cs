using System.Globalization;
using ComunidadPyme.Core.Principles;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Web.Features.Progress;
using ComunidadPyme.Web.Features.Workspace.Review.Freshness;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Workspace.Review.Dialogue;

/// <summary>
/// Builds the report of a cycle for the Dialogue from the public matrix of the cycle (accepted reports only, both
/// levels, the change against the previous cycle's accepted reports) and, in three more commands, the narratives
/// and evidence, the titles of the laws the evidence cites, and every member state with its reports under review.
/// </summary>
public sealed class DialogueReportService(
    AppDbContext db, ProgressMatrixService matrices, RegionFreshnessReader freshness, TimeProvider clock)
{
    /// <summary>The report of the cycle; null when there is no such cycle.</summary>
    public async Task<DialogueReport?> BuildAsync(int cycleId, string language, CancellationToken cancellationToken)
    {
        // The report presents what the OAS accepted, as the public matrix does: the same service, the same rule.
        var matrix = await matrices.MatrixAsync(
            MatrixAudience.Public, new MatrixFilter(cycleId, null, WomenOnly: false, ChangeView: false), language, cancellationToken);
        if (matrix.Cycle?.Id != cycleId)
        {
            return null;
        }

        var details = await db.ProgressReports.AsNoTracking()
            .Where(r => r.ReportingCycleId == cycleId && r.State == WorkflowState.Accepted)
            .Select(r => new { r.Id, r.Narrative, r.Evidence, r.AssessmentRationale })
            .ToDictionaryAsync(r => r.Id, cancellationToken);
        var lawTitles = await EvidenceTitles.LawTitlesAsync(db, details.Values.SelectMany(d => d.Evidence), cancellationToken);

        var underReview = await db.ProgressReports.AsNoTracking()
            .Where(r => r.ReportingCycleId == cycleId && r.State != WorkflowState.Accepted)
            .GroupBy(r => r.CountryId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var countries = await db.Countries.AsNoTracking()
            .Select(c => new { c.Id, c.Iso2, c.Iso3, c.Name, c.SubRegion })
            .ToListAsync(cancellationToken);
        var pendingByIso2 = countries.ToDictionary(c => c.Iso2, c => underReview.GetValueOrDefault(c.Id), StringComparer.OrdinalIgnoreCase);

        var reporting = matrix.Rows
            .Select(row => new DialogueCountry(
                row.Iso2, row.Iso3, row.CountryName, row.SubRegion,
                [.. matrix.Columns
                    .Select(column => (Column: column, Cell: row.CellFor(column)))
                    .Where(x => x.Cell is not null)
                    .Select(x =>
                    {
                        var detail = details.GetValueOrDefault(x.Cell!.ReportId);
                        return new DialogueEntry(x.Column, x.Cell, detail?.AssessmentRationale, detail?.Narrative,
                            [.. (detail?.Evidence ?? []).Select(e => EvidenceTitles.View(e, lawTitles))]);
                    })],
                pendingByIso2.GetValueOrDefault(row.Iso2)))
            .ToList();

        var reported = reporting.Select(c => c.Iso2).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var byName = StringComparer.Create(CultureInfo.GetCultureInfo(language), ignoreCase: true);
        var silent = countries
            .Where(c => !reported.Contains(c.Iso2))
            .Select(c => new CountryWithoutReports(c.Iso2, c.Iso3, c.Name.In(language), c.SubRegion, underReview.GetValueOrDefault(c.Id)))
            .OrderBy(c => c.Name, byName)
            .ToList();

        return new DialogueReport(matrix.Cycle, matrix.PreviousCycle, matrix.Columns, reporting, silent, clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>One country's briefing for the cycle; null when there is no such cycle or country.</summary>
    public async Task<DialogueBriefing?> BriefingAsync(int cycleId, string iso2, string language, CancellationToken cancellationToken)
    {
        var report = await BuildAsync(cycleId, language, cancellationToken);
        if (report is null)
        {
            return null;
        }

        var country = report.Countries.FirstOrDefault(c => string.Equals(c.Iso2, iso2, StringComparison.OrdinalIgnoreCase));
        var silent = report.WithoutAcceptedReports.FirstOrDefault(c => string.Equals(c.Iso2, iso2, StringComparison.OrdinalIgnoreCase));
        if (country is null && silent is null)
        {
            return null;
        }

        var code = iso2.ToUpperInvariant();
        var countryId = await db.Countries.Where(c => c.Iso2 == code).Select(c => c.Id).SingleAsync(cancellationToken);
        var own = (await freshness.ReadAsync(new FreshnessScope(CountryId: countryId), cancellationToken)).SingleOrDefault();

        return new DialogueBriefing(
            report,
            country?.Iso2 ?? silent!.Iso2,
            country?.Name ?? silent!.Name,
            country,
            country?.ReportsUnderReview ?? silent!.ReportsUnderReview,
            own,
            country is null ? [] : [.. country.Entries.Select(entry => Peers(report, country, entry))]);
    }

    /// <summary>
    /// The other countries at the same level on the entry's principle, and those one level ahead: on the OAS
    /// review's scale when the entry was assessed, else on the countries' own levels.
    /// </summary>
    public static PeerGroup Peers(DialogueReport report, DialogueCountry country, DialogueEntry entry)
    {
        var byReviewer = entry.Levels.AssessedLevel is not null;
        int? LevelOf(DialogueEntry e) => byReviewer ? (int?)e.Levels.AssessedLevel : (int)e.Levels.Level;
        var level = LevelOf(entry)!.Value;
        var others = report.On(entry.Column)
            .Where(x => x.Country.Iso2 != country.Iso2)
            .Select(x => (x.Country, Level: LevelOf(x.Entry)))
            .ToList();
        return new PeerGroup(entry.Column, byReviewer, level,
            [.. others.Where(x => x.Level == level).Select(x => new PeerCountry(x.Country.Iso2, x.Country.Name))],
            [.. others.Where(x => x.Level == level + 1).Select(x => new PeerCountry(x.Country.Iso2, x.Country.Name))]);
    }
}
