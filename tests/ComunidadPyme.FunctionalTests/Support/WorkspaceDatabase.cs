using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Countries;
using ComunidadPyme.Core.Legal;
using ComunidadPyme.Core.Principles;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComunidadPyme.FunctionalTests.Support;

/// <summary>Direct database access for arranging records and checking what a request really saved.</summary>
public static class WorkspaceDatabase
{
    public static async Task<T> QueryAsync<T>(this WebApplicationFactory<Program> portal, Func<AppDbContext, Task<T>> query)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public static Task<int> CountryIdAsync(this WebApplicationFactory<Program> portal, string iso2) =>
        portal.QueryAsync(db => db.Countries.Where(c => c.Iso2 == iso2).Select(c => c.Id).SingleAsync());

    public static Task<T> AddAsync<T>(this WebApplicationFactory<Program> portal, T record) where T : class =>
        portal.QueryAsync(async db =>
        {
            db.Add(record);
            await db.SaveChangesAsync();
            return record;
        });

    public static async Task<Institution> AddInstitutionAsync(this WebApplicationFactory<Program> portal, string iso2, string name = "Test agency") =>
        await portal.AddAsync(new Institution
        {
            CountryId = await portal.CountryIdAsync(iso2),
            Name = TranslatableText.In("en", name),
            Kind = InstitutionKind.MinistryUnit,
        });

    public static async Task<FocalPoint> AddFocalPointAsync(this WebApplicationFactory<Program> portal, string iso2) =>
        await portal.AddAsync(new FocalPoint { CountryId = await portal.CountryIdAsync(iso2), FullName = "Test Person" });

    public static async Task<LegalInstrument> AddLawAsync(this WebApplicationFactory<Program> portal, string iso2, string title = "Test law") =>
        await portal.AddAsync(new LegalInstrument
        {
            CountryId = await portal.CountryIdAsync(iso2),
            Type = LegalInstrumentType.Law,
            Title = TranslatableText.In("en", title),
        });

    public static async Task<ComunidadPyme.Core.Programmes.SupportProgramme> AddProgrammeAsync(this WebApplicationFactory<Program> portal, string iso2) =>
        await portal.AddAsync(new ComunidadPyme.Core.Programmes.SupportProgramme
        {
            CountryId = await portal.CountryIdAsync(iso2),
            Name = TranslatableText.In("en", "Test programme"),
            Type = ComunidadPyme.Core.Programmes.ProgrammeType.Finance,
        });

    public static async Task<ComunidadPyme.Core.Definitions.MsmeDefinition> AddDefinitionAsync(this WebApplicationFactory<Program> portal, string iso2) =>
        await portal.AddAsync(new ComunidadPyme.Core.Definitions.MsmeDefinition
        {
            CountryId = await portal.CountryIdAsync(iso2),
            Title = TranslatableText.In("en", "Test definition"),
            LegalSource = "Test act, art. 1",
            Thresholds = [new ComunidadPyme.Core.Definitions.SizeThreshold { SizeClass = ComunidadPyme.Core.Definitions.SizeClass.Micro, MaxEmployees = 10 }],
        });

    /// <summary>The open cycle and a principle on which the country has no report in it yet.</summary>
    public static async Task<(int PrincipleId, int CycleId)> FreePrincipleAsync(this WebApplicationFactory<Program> portal, string iso2)
    {
        var countryId = await portal.CountryIdAsync(iso2);
        return await portal.QueryAsync(async db =>
        {
            var cycleId = await db.ReportingCycles.Where(c => c.Status == ReportingCycleStatus.Open).Select(c => c.Id).FirstAsync();
            var principleId = await db.Principles
                .Where(p => !db.ProgressReports.Any(r => r.CountryId == countryId && r.ReportingCycleId == cycleId && r.PrincipleId == p.Id))
                .OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
            return (principleId, cycleId);
        });
    }

    public static async Task<ProgressReport> AddDraftReportAsync(this WebApplicationFactory<Program> portal, string iso2)
    {
        var (principleId, cycleId) = await portal.FreePrincipleAsync(iso2);
        return await portal.AddAsync(new ProgressReport
        {
            CountryId = await portal.CountryIdAsync(iso2),
            PrincipleId = principleId,
            ReportingCycleId = cycleId,
            Level = ProgressLevel.Planned,
            Narrative = TranslatableText.In("en", "Draft narrative"),
        });
    }

    public static Task<Guid> VersionAsync<T>(this WebApplicationFactory<Program> portal, int id) where T : class, IVersioned, IAudited =>
        portal.QueryAsync(async db => (await db.Set<T>().AsNoTracking().SingleAsync(r => r.Id == id)).Version);
}
