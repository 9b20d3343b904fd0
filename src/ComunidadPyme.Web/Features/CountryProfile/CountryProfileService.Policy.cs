using ComunidadPyme.Core.Principles;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.CountryProfile;

public sealed partial class CountryProfileService
{
    public async Task<IReadOnlyList<LegalInstrumentItem>> LawsAsync(int countryId, CancellationToken cancellationToken)
    {
        var laws = await db.LegalInstruments.AsNoTracking()
            .Where(l => l.CountryId == countryId)
            .Select(l => new
            {
                l.Id, l.Type, l.OfficialNumber, l.Title, l.Status, l.EnactedOn, l.PublishedOn, l.Topics,
                l.IsSample, l.UpdatedAtUtc,
            })
            .ToListAsync(cancellationToken);

        return laws
            .Select(l => new LegalInstrumentItem(l.Id, l.Type, l.OfficialNumber, l.Title, l.Status,
                (l.EnactedOn ?? l.PublishedOn)?.Year, l.Topics, l.IsSample, l.UpdatedAtUtc))
            .OrderBy(l => l.Type).ThenByDescending(l => l.Year ?? 0).ThenBy(l => l.Id)
            .ToList();
    }

    /// <summary>The country's programmes, those active today first.</summary>
    public async Task<IReadOnlyList<ProgrammeItem>> ProgrammesAsync(int countryId, CancellationToken cancellationToken)
    {
        var programmes = await db.SupportProgrammes.AsNoTracking()
            .Where(p => p.CountryId == countryId)
            .Select(p => new ProgrammeItem(p.Name, p.Description, p.Type, p.TargetGroups,
                p.Institution == null ? null : p.Institution.Name, p.Url, p.StartsOn, p.EndsOn, p.IsSample,
                p.UpdatedAtUtc))
            .ToListAsync(cancellationToken);

        var today = Today;
        return programmes
            .OrderByDescending(p => p.IsActiveOn(today)).ThenBy(p => p.Type)
            .ThenBy(p => p.Name.Original, StringComparer.CurrentCulture)
            .ToList();
    }

    /// <summary>Only accepted reports are public: drafts, submissions and returned reports stay in the workspace.</summary>
    private async Task<IReadOnlyList<ProgressItem>> AcceptedProgressAsync(int countryId, CancellationToken cancellationToken)
    {
        var reports = await db.ProgressReports.AsNoTracking()
            .Where(r => r.CountryId == countryId && r.State == WorkflowState.Accepted)
            .Select(r => new
            {
                r.Id, r.PrincipleId, r.ReportingCycleId, r.Principle!.Kind, r.Principle.Number, r.Principle.ShortTitle,
                CycleName = r.ReportingCycle!.Name, r.Level, r.AssessedLevel, r.Narrative, r.Evidence, r.ReviewedAtUtc,
                r.IsSample, r.UpdatedAtUtc,
                // The cycle that opened just before this one, in the same command: the change is measured against it.
                PreviousCycleId = db.ReportingCycles
                    .Where(c => c.OpensOn < r.ReportingCycle.OpensOn)
                    .OrderByDescending(c => c.OpensOn)
                    .Select(c => (int?)c.Id)
                    .FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        var byCycle = reports.ToDictionary(r => (r.PrincipleId, r.ReportingCycleId));
        return reports
            .OrderBy(r => r.Kind).ThenBy(r => r.Number).ThenByDescending(r => r.ReviewedAtUtc)
            .Select(r =>
            {
                var before = r.PreviousCycleId is { } previous ? byCycle.GetValueOrDefault((r.PrincipleId, previous)) : null;
                var levels = new Progress.ProgressCell(r.Id, r.Kind, r.Number, WorkflowState.Accepted, r.Level, r.AssessedLevel,
                    before?.Level, before?.AssessedLevel, r.IsSample);
                return new ProgressItem(r.Kind, r.Number, r.ShortTitle, r.CycleName, levels, r.Narrative,
                    r.Evidence, r.ReviewedAtUtc, r.IsSample, r.UpdatedAtUtc);
            })
            .ToList();
    }
}
