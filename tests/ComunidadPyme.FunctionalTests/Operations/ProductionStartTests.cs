using ComunidadPyme.FunctionalTests.Support;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ComunidadPyme.FunctionalTests.Operations;

public sealed class ProductionStartTests : IClassFixture<ProductionStartTests.ProductionPortal>
{
    private readonly ProductionPortal _portal;

    public ProductionStartTests(ProductionPortal portal) => _portal = portal;

    public sealed class ProductionPortal : PortalFactory
    {
        protected override string EnvironmentName => Environments.Production;
    }

    [Fact]
    public async Task CreatesNoSampleAccountsOutsideDevelopment()
    {
        _ = _portal.CreateClient();
        using var scope = _portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        Assert.Equal(0, await db.Users.CountAsync());
        Assert.Equal(35, await db.Countries.CountAsync());
    }

    [Fact]
    public async Task ServesVersionedStylesAndScriptsForAYearWithoutRevalidation()
    {
        var client = _portal.CreateClient();
        var page = await HtmlDocument.ParseAsync(await client.GetAsync("/en/countries"));
        var css = page.QuerySelector("link[href*='bootstrap']")!.GetAttribute("href")!;

        var versioned = await client.GetAsync(css);
        var unversioned = await client.GetAsync(css.Split('?')[0]);

        Assert.Contains("?v=", css);
        Assert.Equal(System.Net.HttpStatusCode.OK, versioned.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", versioned.Headers.CacheControl!.ToString());
        Assert.Equal(System.Net.HttpStatusCode.OK, unversioned.StatusCode);
        Assert.DoesNotContain("immutable", unversioned.Headers.CacheControl?.ToString() ?? string.Empty);
    }
}
