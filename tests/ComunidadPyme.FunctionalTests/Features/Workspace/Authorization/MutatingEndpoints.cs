using ComunidadPyme.Core.Countries;
using ComunidadPyme.Core.Definitions;
using ComunidadPyme.Core.Legal;
using ComunidadPyme.Core.Principles;
using ComunidadPyme.Core.Programmes;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.Authorization;

/// <summary>A ready-to-send request to a mutating endpoint, and a fingerprint of what it would change.</summary>
public sealed record PreparedRequest(string Url, Dictionary<string, string> Form, Func<Task<string>> Snapshot);

/// <summary>
/// Every mutating endpoint of the workspace, each able to arrange a target record in a given country and
/// build a valid request for it. The authorization matrix runs each against each kind of user.
/// </summary>
public static class MutatingEndpoints
{
    private delegate Task<PreparedRequest> Prepare(WebApplicationFactory<Program> portal, string iso2);

    /// <summary>Endpoints that act on one country's data: its focal points and administrators may use them.</summary>
    private static readonly Dictionary<string, Prepare> s_country = new()
    {
        ["institutions/new"] = async (p, iso2) => new(Url(iso2, "institutions/new"), WorkspaceForms.Institution("Matrix agency"),
            await CountOf(p, iso2, (db, id) => db.Institutions.CountAsync(i => i.CountryId == id))),
        ["institutions/edit"] = async (p, iso2) =>
        {
            var record = await p.AddInstitutionAsync(iso2);
            return new(Url(iso2, $"institutions/{record.Id}/edit"), WorkspaceForms.Institution("Renamed agency", record.Version), VersionOf<Institution>(p, record.Id));
        },
        ["institutions/delete"] = async (p, iso2) =>
        {
            var record = await p.AddInstitutionAsync(iso2);
            return new(Url(iso2, $"institutions/{record.Id}/delete"), WorkspaceForms.Version(record.Version), VersionOf<Institution>(p, record.Id));
        },
        ["focal-points/new"] = async (p, iso2) => new(Url(iso2, "focal-points/new"), WorkspaceForms.FocalPoint("Matrix Person"),
            await CountOf(p, iso2, (db, id) => db.FocalPoints.CountAsync(f => f.CountryId == id))),
        ["focal-points/edit"] = async (p, iso2) =>
        {
            var record = await p.AddFocalPointAsync(iso2);
            return new(Url(iso2, $"focal-points/{record.Id}/edit"), WorkspaceForms.FocalPoint("Renamed Person", record.Version), VersionOf<FocalPoint>(p, record.Id));
        },
        ["focal-points/delete"] = async (p, iso2) =>
        {
            var record = await p.AddFocalPointAsync(iso2);
            return new(Url(iso2, $"focal-points/{record.Id}/delete"), WorkspaceForms.Version(record.Version), VersionOf<FocalPoint>(p, record.Id));
        },
        ["definitions/new"] = async (p, iso2) => new(Url(iso2, "definitions/new"), WorkspaceForms.Definition("Matrix definition"),
            await CountOf(p, iso2, (db, id) => db.MsmeDefinitions.CountAsync(d => d.CountryId == id))),
        ["definitions/edit"] = async (p, iso2) =>
        {
            var record = await p.AddDefinitionAsync(iso2);
            return new(Url(iso2, $"definitions/{record.Id}/edit"), WorkspaceForms.Definition("Renamed definition", record.Version), VersionOf<MsmeDefinition>(p, record.Id));
        },
        ["definitions/delete"] = async (p, iso2) =>
        {
            var record = await p.AddDefinitionAsync(iso2);
            return new(Url(iso2, $"definitions/{record.Id}/delete"), WorkspaceForms.Version(record.Version), VersionOf<MsmeDefinition>(p, record.Id));
        },
        ["laws/new"] = async (p, iso2) => new(Url(iso2, "laws/new"), WorkspaceForms.Law("Matrix law"),
            await CountOf(p, iso2, (db, id) => db.LegalInstruments.CountAsync(l => l.CountryId == id))),
        ["laws/edit"] = async (p, iso2) =>
        {
            var record = await p.AddLawAsync(iso2);
            return new(Url(iso2, $"laws/{record.Id}/edit"), WorkspaceForms.Law("Renamed law", record.Version), VersionOf<LegalInstrument>(p, record.Id));
        },
        ["laws/delete"] = async (p, iso2) =>
        {
            var record = await p.AddLawAsync(iso2);
            return new(Url(iso2, $"laws/{record.Id}/delete"), WorkspaceForms.Version(record.Version), VersionOf<LegalInstrument>(p, record.Id));
        },
        ["programmes/new"] = async (p, iso2) => new(Url(iso2, "programmes/new"), WorkspaceForms.Programme("Matrix programme"),
            await CountOf(p, iso2, (db, id) => db.SupportProgrammes.CountAsync(r => r.CountryId == id))),
        ["programmes/edit"] = async (p, iso2) =>
        {
            var record = await p.AddProgrammeAsync(iso2);
            return new(Url(iso2, $"programmes/{record.Id}/edit"), WorkspaceForms.Programme("Renamed programme", record.Version), VersionOf<SupportProgramme>(p, record.Id));
        },
        ["programmes/delete"] = async (p, iso2) =>
        {
            var record = await p.AddProgrammeAsync(iso2);
            return new(Url(iso2, $"programmes/{record.Id}/delete"), WorkspaceForms.Version(record.Version), VersionOf<SupportProgramme>(p, record.Id));
        },
        ["progress/new"] = async (p, iso2) =>
        {
            var (principleId, cycleId) = await p.FreePrincipleAsync(iso2);
            return new(Url(iso2, "progress/new"), WorkspaceForms.Progress("Matrix narrative", principleId: principleId, cycleId: cycleId),
                await CountOf(p, iso2, (db, id) => db.ProgressReports.CountAsync(r => r.CountryId == id)));
        },
        ["progress/edit"] = async (p, iso2) =>
        {
            var record = await p.AddDraftReportAsync(iso2);
            return new(Url(iso2, $"progress/{record.Id}/edit"), WorkspaceForms.Progress("Changed narrative", record.Version), VersionOf<ProgressReport>(p, record.Id));
        },
        ["progress/submit"] = async (p, iso2) =>
        {
            var record = await p.AddDraftReportAsync(iso2);
            return new(Url(iso2, $"progress/{record.Id}/submit"), WorkspaceForms.Version(record.Version), VersionOf<ProgressReport>(p, record.Id));
        },
        ["progress/delete"] = async (p, iso2) =>
        {
            var record = await p.AddDraftReportAsync(iso2);
            return new(Url(iso2, $"progress/{record.Id}/delete"), WorkspaceForms.Version(record.Version), VersionOf<ProgressReport>(p, record.Id));
        },
        ["profile"] = async (p, iso2) =>
        {
            var countryId = await p.CountryIdAsync(iso2);
            var version = await p.VersionAsync<Country>(countryId);
            return new(Url(iso2, "profile"), WorkspaceForms.Profile($"Overview {Guid.NewGuid():N}", version), VersionOf<Country>(p, countryId));
        },
        ["confirm"] = async (p, iso2) =>
        {
            var countryId = await p.CountryIdAsync(iso2);
            return new(Url(iso2, "confirm/authorities"), [], () => p.QueryAsync(async db =>
                (await db.SectionConfirmations.AsNoTracking().FirstOrDefaultAsync(s => s.CountryId == countryId && s.Section == ProfileSection.Authorities))
                ?.ConfirmedAtUtc.Ticks.ToString() ?? "never"));
        },
        ["history/restore"] = async (p, iso2) =>
        {
            var record = await p.AddInstitutionAsync(iso2, "First name");
            var renamed = await p.QueryAsync(async db =>
            {
                var institution = await db.Institutions.SingleAsync(i => i.Id == record.Id);
                institution.Name = ComunidadPyme.Core.Common.TranslatableText.In("en", "Second name");
                await db.SaveChangesAsync();
                return institution;
            });
            var created = await p.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == "Institution" && a.EntityKey == record.Id.ToString())
                .OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
            return new($"/en/workspace/history/Institution/{record.Id}/restore/{created}", WorkspaceForms.Version(renamed.Version), VersionOf<Institution>(p, record.Id));
        },
    };

    /// <summary>Endpoints for administrators only, even within a country.</summary>
    private static readonly Dictionary<string, Prepare> s_administration = new()
    {
        ["profile/membership"] = async (p, iso2) => new(Url(iso2, "profile/membership"), new()
            {
                ["NewPeriod.Status"] = "Active",
                ["NewPeriod.EffectiveFrom"] = new DateOnly(1900, 1, 1).AddDays(Random.Shared.Next(20000)).ToString("yyyy-MM-dd"),
                ["NewPeriod.Precision"] = "Day",
            },
            await CountOf(p, iso2, (db, id) => db.MembershipPeriods.CountAsync(m => m.CountryId == id))),
        ["profile/membership/delete"] = async (p, iso2) =>
        {
            var period = await p.AddAsync(new MembershipPeriod
            {
                CountryId = await p.CountryIdAsync(iso2), Status = MembershipStatus.Active,
                EffectiveFrom = new DateOnly(1800, 1, 1).AddDays(Random.Shared.Next(30000)),
            });
            return new(Url(iso2, $"profile/membership/{period.Id}/delete"), [],
                () => p.QueryAsync(async db => (await db.MembershipPeriods.AnyAsync(m => m.Id == period.Id)).ToString()));
        },
        ["admin/principles/edit"] = async (p, _) =>
        {
            var principle = await p.QueryAsync(db => db.Principles.AsNoTracking().OrderBy(x => x.Id).FirstAsync());
            return new($"/en/admin/principles/{principle.Id}/edit", new()
            {
                ["Form.Version"] = principle.Version.ToString(),
                ["Form.ShortTitle.En"] = principle.ShortTitle.En,
                ["Form.Text.En"] = principle.Text.En + " ",
                ["Form.Text.Es"] = principle.Text.Es ?? string.Empty,
            }, VersionOf<Principle>(p, principle.Id));
        },
        ["admin/cycles/new"] = async (p, _) => new("/en/admin/cycles/new", CycleForm(null),
            () => p.QueryAsync(async db => (await db.ReportingCycles.CountAsync()).ToString())),
        ["admin/cycles/edit"] = async (p, _) =>
        {
            var cycle = await p.AddAsync(NewCycle());
            return new($"/en/admin/cycles/{cycle.Id}/edit", CycleForm(cycle.Version), VersionOf<ReportingCycle>(p, cycle.Id));
        },
        ["admin/cycles/delete"] = async (p, _) =>
        {
            var cycle = await p.AddAsync(NewCycle());
            return new($"/en/admin/cycles/{cycle.Id}/delete", WorkspaceForms.Version(cycle.Version), VersionOf<ReportingCycle>(p, cycle.Id));
        },
    };

    public static TheoryData<string> CountryEndpoints() => new(s_country.Keys);

    public static TheoryData<string> AdministrationEndpoints() => new(s_administration.Keys);

    public static TheoryData<string> AllEndpoints() => new(s_country.Keys.Concat(s_administration.Keys));

    public static Task<PreparedRequest> PrepareAsync(string endpoint, WebApplicationFactory<Program> portal, string iso2) =>
        (s_country.TryGetValue(endpoint, out var prepare) ? prepare : s_administration[endpoint])(portal, iso2);

    private static string Url(string iso2, string path) => $"/en/workspace/{iso2.ToLowerInvariant()}/{path}";

    private static ReportingCycle NewCycle() => new()
    {
        Name = ComunidadPyme.Core.Common.LocalizedText.Of("Matrix cycle"),
        OpensOn = new DateOnly(2030, 1, 1),
        SubmissionDeadline = new DateOnly(2030, 6, 30),
    };

    private static Dictionary<string, string> CycleForm(Guid? version)
    {
        var form = new Dictionary<string, string>
        {
            ["Form.Name.En"] = "Towards the V Dialogue",
            ["Form.OpensOn"] = "2031-01-01",
            ["Form.SubmissionDeadline"] = "2031-12-31",
            ["Form.Status"] = "Planned",
        };
        if (version is { } value)
        {
            form["Form.Version"] = value.ToString();
        }

        return form;
    }

    private static async Task<Func<Task<string>>> CountOf(
        WebApplicationFactory<Program> portal, string iso2, Func<ComunidadPyme.Infrastructure.Data.AppDbContext, int, Task<int>> count)
    {
        var countryId = await portal.CountryIdAsync(iso2);
        return () => portal.QueryAsync(async db => (await count(db, countryId)).ToString());
    }

    private static Func<Task<string>> VersionOf<T>(WebApplicationFactory<Program> portal, int id)
        where T : class, ComunidadPyme.Core.Common.IVersioned, ComunidadPyme.Core.Common.IAudited =>
        () => portal.QueryAsync(async db =>
            (await db.Set<T>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id))?.Version.ToString() ?? "deleted");
}
