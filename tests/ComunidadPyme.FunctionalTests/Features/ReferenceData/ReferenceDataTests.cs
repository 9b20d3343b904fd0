using System.Net;
using ComunidadPyme.Core.Countries;
using ComunidadPyme.FunctionalTests.Support;
using ComunidadPyme.Infrastructure.Data.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.ReferenceData;

/// <summary>
/// The reference data every installation gets, sample content or not: each member state's national MSME
/// authority and statistics office, the official definitions with the real laws they cite, and the
/// corrections of the reference check. A database created before a release receives it once on its next start.
/// </summary>
public sealed class ReferenceDataTests : IDisposable
{
    private readonly string _dataDirectory = PortalFactory.NewDataDirectory();

    [Fact]
    public async Task EveryMemberStateHasAStatisticsOfficeAndMostAnAuthorityWithoutSampleContent()
    {
        using var portal = new PortalWithoutSamples(_dataDirectory);
        _ = portal.CreateClient();

        var counts = await portal.QueryAsync(db => db.Countries.AsNoTracking()
            .Select(c => new
            {
                c.Iso2,
                Authorities = db.Institutions.Count(i => i.CountryId == c.Id && i.Kind == InstitutionKind.NationalMsmeAuthority),
                Statistics = db.Institutions.Count(i => i.CountryId == c.Id && i.Kind == InstitutionKind.StatisticsOffice),
            })
            .ToListAsync());

        Assert.Equal(35, counts.Count);
        Assert.All(counts, c => Assert.True(c.Statistics == 1, $"{c.Iso2} has {c.Statistics} statistics offices"));
        Assert.Equal(["AG", "GD"], counts.Where(c => c.Authorities == 0).Select(c => c.Iso2).Order());
        Assert.Equal(0, await portal.QueryAsync(db => db.Institutions.CountAsync(i => i.IsSample)));
        Assert.Equal(0, await portal.QueryAsync(db => db.Institutions.CountAsync(i => i.SourceUrl != null && i.CheckedOn == null)));
    }

    [Fact]
    public async Task TheUnitedStatesAndArgentinaHaveAnAuthorityADefinitionAndLinksWithoutSampleContent()
    {
        using var portal = new PortalWithoutSamples(_dataDirectory);
        var client = portal.CreateClient();

        var us = await HtmlDocument.ParseAsync(await client.GetAsync("/en/countries/us"));
        Assert.Contains("U.S. Small Business Administration", us.QuerySelector("#authorities")!.TextContent);
        Assert.NotNull(us.QuerySelector("#authorities a[href='https://www.sba.gov/']"));
        Assert.Contains("13 CFR 121.201", us.QuerySelector("#definitions")!.TextContent);
        Assert.Contains("Meanwhile, official figures may be found at the national statistics office:", us.QuerySelector("#statistics")!.TextContent);
        Assert.NotNull(us.QuerySelector("#statistics a[href='https://www.census.gov/']"));

        var ar = await HtmlDocument.ParseAsync(await client.GetAsync("/es/countries/ar"));
        Assert.Contains("Resolución 54/2025", ar.QuerySelector("#definitions")!.TextContent);
        Assert.Contains("Umbrales cotejados con la fuente el 7 de diciembre de 2026.", ar.QuerySelector("#definitions .definition-checked")!.TextContent);
        Assert.Contains("Ley de Fomento para la Micro, Pequeña y Mediana Empresa", ar.QuerySelector("#legal-framework")!.TextContent);
        var check = await HtmlDocument.ParseAsync(await client.GetAsync("/es/countries/ar/msme-check?turnover=1.000.000.000&sector=Services"));
        Assert.Equal("Small", check.QuerySelector(".definition-check")!.GetAttribute("data-size-class"));
    }

    [Fact]
    public async Task TheReferenceCheckCorrectionsAreInTheData()
    {
        using var portal = new PortalWithoutSamples(_dataDirectory);
        _ = portal.CreateClient();

        var honduras = await portal.QueryAsync(db => db.MembershipPeriods.AsNoTracking()
            .Where(p => p.CountryId == db.Countries.Single(c => c.Iso2 == "HN").Id).OrderBy(p => p.EffectiveFrom).ToListAsync());
        Assert.Equal([MembershipStatus.Active, MembershipStatus.Suspended, MembershipStatus.Active], honduras.Select(p => p.Status));
        Assert.Equal([new DateOnly(2009, 7, 4), new DateOnly(2011, 6, 1)], honduras.Skip(1).Select(p => p.EffectiveFrom));

        var decree = await portal.QueryAsync(db => db.LegalInstruments.AsNoTracking().SingleAsync(l => l.OfficialNumber == "Decreto 957 de 2019"));
        Assert.Contains("Decreto Único Reglamentario del Sector Comercio, Industria y Turismo", decree.Title.Original);
        var peru = await portal.QueryAsync(db => db.LegalInstruments.AsNoTracking().SingleAsync(l => l.OfficialNumber == "Ley 30056"));
        Assert.Equal(new DateOnly(2013, 7, 2), peru.PublishedOn);
        string[] related = ["Lei Complementar 128/2008", "Lei Complementar 139/2011", "Ley 28015", "Decreto Supremo 013-2013-PRODUCE",
            "Ley 905 de 2004", "LDCMIPYME (DOF 30/12/2002)", "Ley 25.300", "Ley 27.264"];
        var numbers = await portal.QueryAsync(db => db.LegalInstruments.AsNoTracking().Select(l => l.OfficialNumber).ToListAsync());
        Assert.All(related, number => Assert.Contains(number, numbers));
        var linked = await portal.QueryAsync(db => db.MsmeDefinitions.AsNoTracking().CountAsync(d => d.LegalInstrumentId != null));
        Assert.Equal(12, linked);

        var client = portal.CreateClient();
        var profile = await HtmlDocument.ParseAsync(await client.GetAsync("/pt/countries/hn"));
        Assert.Contains("Suspenso da participação", profile.Body!.TextContent);
    }

    [Fact]
    public async Task ADatabaseFromBeforeTheReleaseReceivesItOnceAndKeepsItsEdits()
    {
        int editedAuthorityId;
        using (var first = new PortalWithoutSamples(_dataDirectory))
        {
            _ = first.CreateClient();

            // Make the database look as an earlier version left it: no release recorded, the old texts, no new bodies.
            await first.QueryAsync(async db =>
            {
                await db.Database.ExecuteSqlAsync($"DELETE FROM ReferenceDataReleases WHERE Id = {ReferenceDataSeeder.ProfilesRelease}");
                await db.Database.ExecuteSqlAsync($"DELETE FROM ReferenceDataReleases WHERE Id = {ReferenceDataSeeder.LegalSourcesRelease}");
                await db.Database.ExecuteSqlAsync($"UPDATE MsmeDefinitions SET LegalSource = 'Ley 20.416 (Estatuto PYME), published 3 Feb 2010, art. 2' WHERE LegalSource LIKE 'Ley 20.416%'");
                await db.Database.ExecuteSqlAsync($"DELETE FROM Institutions WHERE Kind <> 'NationalMsmeAuthority' OR CountryId <> (SELECT Id FROM Countries WHERE Iso2 = 'MX')");
                await db.Database.ExecuteSqlAsync($"UPDATE Institutions SET WebsiteUrl = 'https://example.gob.mx/edited' WHERE Kind = 'NationalMsmeAuthority'");
                await db.Database.ExecuteSqlAsync($"UPDATE MsmeDefinitions SET LegalSource = 'Ley 30056 (2013), amending the MYPE law' WHERE LegalSource LIKE 'Ley 30056%'");
                await db.Database.ExecuteSqlAsync($"UPDATE LegalInstruments SET Title_Original = REPLACE(Title_Original, 'Decreto Único Reglamentario', 'Decreto Único') WHERE OfficialNumber = 'Decreto 957 de 2019'");
                await db.Database.ExecuteSqlAsync($"DELETE FROM LegalInstruments WHERE OfficialNumber = 'Ley 905 de 2004'");
                await db.Database.ExecuteSqlAsync($"DELETE FROM MembershipPeriods WHERE Status = 'Suspended' OR EffectiveFrom = '2011-06-01'");
                return 0;
            });
            editedAuthorityId = await first.QueryAsync(db => db.Institutions.Select(i => i.Id).SingleAsync());
        }

        using (var restarted = new PortalWithoutSamples(_dataDirectory))
        {
            _ = restarted.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await restarted.CreateClient().GetAsync("/health/ready")).StatusCode);
            var mexico = await restarted.QueryAsync(db => db.Institutions.AsNoTracking()
                .Where(i => i.CountryId == db.Countries.Single(c => c.Iso2 == "MX").Id && i.Kind == InstitutionKind.NationalMsmeAuthority).ToListAsync());
            Assert.Equal("https://example.gob.mx/edited", Assert.Single(mexico).WebsiteUrl);
            Assert.Equal(editedAuthorityId, mexico[0].Id);
            Assert.Equal(1, await restarted.QueryAsync(db => db.Institutions.CountAsync(i => i.CountryId == db.Countries.Single(c => c.Iso2 == "US").Id && i.Kind == InstitutionKind.StatisticsOffice)));
            Assert.Equal(1, await restarted.QueryAsync(db => db.MsmeDefinitions.CountAsync(d => d.LegalSource.StartsWith("Ley 30056, publicada en El Peruano"))));
            Assert.Equal(1, await restarted.QueryAsync(db => db.MsmeDefinitions.CountAsync(d => d.LegalSource == "Ley 20.416 (Estatuto PYME), publicada el 3 de febrero de 2010, art. 2")));
            Assert.Equal(0, await restarted.QueryAsync(db => db.MsmeDefinitions.CountAsync(d => d.LegalSource.StartsWith("Ley 30056 (2013)"))));
            Assert.Contains("Decreto Único Reglamentario", (await restarted.QueryAsync(db => db.LegalInstruments.AsNoTracking()
                .SingleAsync(l => l.OfficialNumber == "Decreto 957 de 2019"))).Title.Original);
            var amendment = await restarted.QueryAsync(db => db.LegalInstruments.AsNoTracking().Include(l => l.Outgoing).ThenInclude(r => r.Target)
                .SingleAsync(l => l.OfficialNumber == "Ley 905 de 2004"));
            Assert.Equal("Ley 590 de 2000", Assert.Single(amendment.Outgoing).Target!.OfficialNumber);
            Assert.Equal(1, await restarted.QueryAsync(db => db.LegalInstruments.CountAsync(l => l.OfficialNumber == "Ley 590 de 2000")));
            Assert.Equal(2, await restarted.QueryAsync(db => db.MembershipPeriods.CountAsync(p => p.Status == MembershipStatus.Suspended || p.EffectiveFrom == new DateOnly(2011, 6, 1))));

            // A body a country deletes after the release stays deleted.
            await restarted.QueryAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM Institutions WHERE Acronym = 'USCB'"));
        }

        using var again = new PortalWithoutSamples(_dataDirectory);
        _ = again.CreateClient();
        Assert.Equal(0, await again.QueryAsync(db => db.Institutions.CountAsync(i => i.Acronym == "USCB")));
        Assert.Equal(3, await again.QueryAsync(db => db.ReferenceDataReleases.CountAsync()));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    /// <summary>A production-like portal: reference data only, on a data directory that outlives it.</summary>
    private sealed class PortalWithoutSamples(string dataDirectory) : PortalFactory(dataDirectory)
    {
        protected override bool DeletesDataOnDispose => false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Database:SeedSampleContent", "false");
        }
    }
}
