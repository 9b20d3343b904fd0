using System.Globalization;
using ComunidadPyme.Core.Countries;
using ComunidadPyme.Core.Principles;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Web.Features.Workspace.Common;
using ComunidadPyme.Web.Features.Workspace.Confirmations;
using ComunidadPyme.Web.Features.Workspace.Review.Freshness;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Workspace.Dashboard;

/// <summary>
/// What a focal point should look at first: gaps, stale sections, and the latest changes with their authors. A
/// section is stale by <see cref="Freshness.StateOf"/>, read by <see cref="RegionFreshnessReader"/>: what the OAS
/// freshness page, the reminders and the briefings for the Dialogue say of the same country.
/// </summary>
public sealed class DashboardService(
    AppDbContext db, SectionConfirmationService confirmations, RegionFreshnessReader freshness, WorkspaceUrls urls, TimeProvider clock)
{
    private const int RecentChangeCount = 15;

    public async Task<DashboardViewModel> BuildAsync(WorkspaceCountry country, string lang, CancellationToken cancellationToken)
    {
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(nowUtc);
        string Url(string section) => urls.Section(lang, country.Iso2, section);

        var id = country.Id;
        var counts = new Dictionary<string, int>
        {
            [WorkspaceSections.Institutions] = await db.Institutions.CountAsync(i => i.CountryId == id, cancellationToken),
            [WorkspaceSections.FocalPoints] = await db.FocalPoints.CountAsync(f => f.CountryId == id, cancellationToken),
            [WorkspaceSections.Definitions] = await db.MsmeDefinitions.CountAsync(d => d.CountryId == id, cancellationToken),
            [WorkspaceSections.Laws] = await db.LegalInstruments.CountAsync(l => l.CountryId == id, cancellationToken),
            [WorkspaceSections.Programmes] = await db.SupportProgrammes.CountAsync(p => p.CountryId == id, cancellationToken),
            [WorkspaceSections.Progress] = await db.ProgressReports.CountAsync(r => r.CountryId == id, cancellationToken),
            [WorkspaceSections.Observations] = await db.Observations.CountAsync(o => o.CountryId == id, cancellationToken),
        };

        var findings = new List<DashboardFinding>();
        void Add(FindingKind kind, string section, int count = 0) => findings.Add(new DashboardFinding(kind, Url(section), count));

        if (!await db.Countries.AnyAsync(c => c.Id == id && c.PolicyOverview != null && c.PolicyOverview.Original != "", cancellationToken))
        {
            Add(FindingKind.NoPolicyOverview, WorkspaceSections.Profile);
        }

        if (counts[WorkspaceSections.Institutions] == 0)
        {
            Add(FindingKind.NoInstitutions, WorkspaceSections.Institutions);
        }

        if (counts[WorkspaceSections.FocalPoints] == 0)
        {
            Add(FindingKind.NoFocalPoints, WorkspaceSections.FocalPoints);
        }

        // The same reader and rules as the OAS freshness page, for this one country; its authorities' stale records are
        // the focal points not confirmed for a year.
        var parts = (await freshness.ReadAsync(new FreshnessScope(CountryId: id), cancellationToken)).Single();
        var unconfirmed = parts.Part(FreshnessPart.Authorities).StaleRecords;
        if (unconfirmed > 0)
        {
            Add(FindingKind.FocalPointsNotConfirmed, WorkspaceSections.FocalPoints, unconfirmed);
        }

        if (!await db.MsmeDefinitions.AnyAsync(d => d.CountryId == id && (d.ValidFrom == null || d.ValidFrom <= today) && (d.ValidTo == null || d.ValidTo >= today), cancellationToken))
        {
            Add(FindingKind.NoDefinitionInForce, WorkspaceSections.Definitions);
        }

        await AddLawFindingsAsync(id, Add, cancellationToken);
        // Freshness.HasEnded, as a query.
        var ended = await db.SupportProgrammes.CountAsync(p => p.CountryId == id && p.EndsOn != null && p.EndsOn < today, cancellationToken);
        if (ended > 0)
        {
            Add(FindingKind.ProgrammesEnded, WorkspaceSections.Programmes, ended);
        }

        await AddProgressFindingsAsync(id, Add, cancellationToken);
        await AddStatisticsFindingsAsync(id, today, counts[WorkspaceSections.Observations], Add, cancellationToken);

        var stamps = await confirmations.AllAsync(id, cancellationToken);
        var sections = Enum.GetValues<ProfileSection>()
            .Select(s => new SectionStatus(s, Url(SectionPage(s)), stamps.GetValueOrDefault(s), parts.Part(FreshnessParts.Of(s))))
            .ToList();
        var stale = sections.Where(s => s.IsStale).Select(s => s.Section).ToList();
        if (stale.Count > 0)
        {
            findings.Add(new DashboardFinding(FindingKind.SectionsNotConfirmed, "#sections-heading", stale.Count, stale));
        }

        return new DashboardViewModel(country, findings, sections, await RecentChangesAsync(id, cancellationToken), counts);
    }

    public static string SectionPage(ProfileSection section) => section switch
    {
        ProfileSection.Authorities => WorkspaceSections.Institutions,
        ProfileSection.Definitions => WorkspaceSections.Definitions,
        ProfileSection.Statistics => WorkspaceSections.Observations,
        ProfileSection.LegalFramework => WorkspaceSections.Laws,
        ProfileSection.Programmes => WorkspaceSections.Programmes,
        _ => WorkspaceSections.Progress,
    };

    private async Task AddLawFindingsAsync(int id, Action<FindingKind, string, int> add, CancellationToken cancellationToken)
    {
        var withoutSummary = await db.LegalInstruments.CountAsync(l => l.CountryId == id && (l.Summary == null || l.Summary.Original == ""), cancellationToken);
        if (withoutSummary > 0)
        {
            add(FindingKind.LawsWithoutSummary, WorkspaceSections.Laws, withoutSummary);
        }

        var withoutText = await db.LegalInstruments.CountAsync(l => l.CountryId == id && l.OfficialUrl == null && l.DocumentStorageKey == null, cancellationToken);
        if (withoutText > 0)
        {
            add(FindingKind.LawsWithoutOfficialText, WorkspaceSections.Laws, withoutText);
        }
    }

    private async Task AddProgressFindingsAsync(int id, Action<FindingKind, string, int> add, CancellationToken cancellationToken)
    {
        var returned = await db.ProgressReports.CountAsync(r => r.CountryId == id && r.State == WorkflowState.Returned, cancellationToken);
        if (returned > 0)
        {
            add(FindingKind.ReportsReturned, WorkspaceSections.Progress, returned);
        }

        var drafts = await db.ProgressReports.CountAsync(r => r.CountryId == id && r.State == WorkflowState.Draft, cancellationToken);
        if (drafts > 0)
        {
            add(FindingKind.ReportsInDraft, WorkspaceSections.Progress, drafts);
        }

        var openCycle = await db.ReportingCycles.Where(c => c.Status == ReportingCycleStatus.Open)
            .OrderByDescending(c => c.OpensOn).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken);
        if (openCycle is { } cycleId)
        {
            var missing = await db.Principles.CountAsync(
                p => !db.ProgressReports.Any(r => r.CountryId == id && r.ReportingCycleId == cycleId && r.PrincipleId == p.Id), cancellationToken);
            if (missing > 0)
            {
                add(FindingKind.PrinciplesWithoutReport, WorkspaceSections.Progress, missing);
            }
        }
    }

    private async Task AddStatisticsFindingsAsync(int id, DateOnly today, int observations, Action<FindingKind, string, int> add, CancellationToken cancellationToken)
    {
        if (observations == 0)
        {
            add(FindingKind.NoStatistics, WorkspaceSections.Observations, 0);
            return;
        }

        var latestYear = await db.Observations.Where(o => o.CountryId == id).MaxAsync(o => o.Year, cancellationToken);
        if (Freshness.AreStatisticsOutdated(latestYear, today))
        {
            add(FindingKind.StatisticsOutdated, WorkspaceSections.Observations, latestYear);
        }
    }

    private async Task<IReadOnlyList<RecentChange>> RecentChangesAsync(int countryId, CancellationToken cancellationToken)
    {
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.CountryId == countryId)
            .OrderByDescending(a => a.Id)
            .Take(RecentChangeCount)
            .ToListAsync(cancellationToken);
        return [.. entries.Select(a => new RecentChange(a.AtUtc, a.UserName, a.Action, a.EntityType,
            int.TryParse(a.EntityKey, NumberStyles.None, CultureInfo.InvariantCulture, out var key) ? key : 0,
            [.. a.Changes.Select(c => c.Field).Distinct()]))];
    }
}
