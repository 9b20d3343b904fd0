using ComunidadPyme.FunctionalTests.Support;
using ComunidadPyme.Core.Countries;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComunidadPyme.FunctionalTests.Features.CountryProfile;

/// <summary>The profile's "last updated" lines say when a part is stale, by the same rule as the workspace dashboard.</summary>
public sealed class CountryProfileFreshnessTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("en", "Not updated or confirmed for more than a year")]
    [InlineData("es", "Sin actualizar ni confirmar desde hace más de un año")]
    public async Task SaysAPartNotUpdatedOrConfirmedForMoreThanAYearMayBeOutOfDate(string lang, string note)
    {
        var twoYearsAgo = DateTime.UtcNow.AddYears(-2);
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var mexico = await db.Countries.Where(c => c.Iso2 == "MX").Select(c => c.Id).SingleAsync();
            await db.SupportProgrammes.Where(p => p.CountryId == mexico).ExecuteUpdateAsync(s => s.SetProperty(p => p.UpdatedAtUtc, twoYearsAgo));
            await db.SectionConfirmations.Where(c => c.CountryId == mexico && c.Section == ProfileSection.Programmes).ExecuteDeleteAsync();
        }

        var page = await portal.OpenPageAsync($"/{lang}/countries/mx");

        Assert.Contains(note, page.QuerySelector("#programmes .section-freshness")!.TextContent);
        Assert.Null(page.QuerySelector("#legal-framework .section-stale"));
    }
}
