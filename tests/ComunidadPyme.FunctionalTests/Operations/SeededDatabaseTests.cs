using ComunidadPyme.Core.Principles;
using ComunidadPyme.FunctionalTests.Support;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComunidadPyme.FunctionalTests.Operations;

/// <summary>What a first start on an empty database leaves in it.</summary>
[Collection(PortalCollection.Name)]
public sealed class SeededDatabaseTests(PortalFactory portal)
{
    private async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        using var scope = portal.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    [Fact]
    public async Task HoldsTheThirtyFiveMemberStatesWithTheirNamesInFourLanguages()
    {
        var countries = await QueryAsync(db => db.Countries.AsNoTracking().ToListAsync());

        Assert.Equal(35, countries.Count);
        var canada = Assert.Single(countries, c => c.Iso2 == "CA");
        Assert.Equal("CAN", canada.Iso3);
        Assert.Equal("Canadá", canada.Name.Es);
        Assert.Equal("Canadá", canada.Name.Pt);
        Assert.Equal("Canada", canada.Name.Fr);
        Assert.Equal(["en", "fr"], canada.OfficialLanguages.Order());
    }

    [Fact]
    public async Task HoldsTheSixteenPrinciplesAndFiveAreasOfEmphasis()
    {
        var principles = await QueryAsync(db => db.Principles.AsNoTracking().ToListAsync());

        Assert.Equal(16, principles.Count(p => p.Kind == PrincipleKind.Principle));
        Assert.Equal(5, principles.Count(p => p.Kind == PrincipleKind.AreaOfEmphasis));
        var first = principles.Single(p => p.Kind == PrincipleKind.Principle && p.Number == 1);
        Assert.StartsWith("Promote the establishment of bilateral agreements", first.Text.En);
        Assert.All(principles, p => Assert.False(string.IsNullOrWhiteSpace(p.Text.Fr)));
    }

    [Fact]
    public async Task HoldsTheOfficialDefinitionsAsReferenceDataNotSamples()
    {
        var definitions = await QueryAsync(db => db.MsmeDefinitions.AsNoTracking()
            .Join(db.Countries, d => d.CountryId, c => c.Id, (d, c) => new { c.Iso2, d.IsSample, d.LegalSource })
            .ToListAsync());

        Assert.Equal(3, definitions.Count(d => d.Iso2 == "BR"));
        Assert.Equal(2, definitions.Count(d => d.Iso2 == "MX"));
        Assert.Contains(definitions, d => d.Iso2 == "CL" && d.LegalSource.Contains("20.416"));
        Assert.Contains(definitions, d => d.Iso2 == "MX");
        Assert.All(definitions, d => Assert.False(d.IsSample));
    }

    [Fact]
    public async Task MarksEveryGeneratedObservationAsSample()
    {
        var (total, samples) = await QueryAsync(async db =>
            (await db.Observations.CountAsync(), await db.Observations.CountAsync(o => o.IsSample)));

        Assert.True(total > 1000, $"expected sample observations for several countries, found {total}");
        Assert.Equal(total, samples);
    }

    [Fact]
    public async Task CreatesTheSampleAccountsInDevelopment()
    {
        var emails = await QueryAsync(db => db.Users.Select(u => u.Email).ToListAsync());

        Assert.Contains("admin@example.org", emails);
        Assert.Contains("focal.br@example.org", emails);
    }

    [Fact]
    public async Task AuditsTheSeedAsChangesBySystem()
    {
        var entry = await QueryAsync(db => db.AuditEntries.AsNoTracking().FirstAsync(a => a.EntityType == "Country"));

        Assert.Equal("system", entry.UserName);
        Assert.Contains(entry.Changes, c => c.Field == "Iso2");
    }
}
