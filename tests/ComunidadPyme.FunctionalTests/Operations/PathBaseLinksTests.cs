using AngleSharp.Dom;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ComunidadPyme.FunctionalTests.Operations;

/// <summary>
/// The portal published under a path prefix (behind a proxy at /portal) must lead visitors to addresses
/// under that prefix: every link and form comes from routing, none is built by hand.
/// </summary>
public sealed class PathBaseLinksTests : IClassFixture<PathBaseLinksTests.PrefixedPortalFactory>
{
    private const string Prefix = "/portal";
    private readonly PrefixedPortalFactory _portal;

    public PathBaseLinksTests(PrefixedPortalFactory portal) => _portal = portal;

    [Theory]
    [InlineData("/portal/en/")]
    [InlineData("/portal/en/countries/br")]
    [InlineData("/portal/fr/open-data")]
    public async Task EveryLocalLinkAndFormStaysUnderThePathBase(string address)
    {
        var response = await _portal.CreateClient().GetAsync(address);
        response.EnsureSuccessStatusCode();
        var page = await HtmlDocument.ParseAsync(response);

        var local = LocalAddresses(page).ToList();

        Assert.NotEmpty(local);
        Assert.All(local, url => Assert.StartsWith(Prefix + "/", url, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/portal/en/workspace", WorkspaceUser.Reviewer)]
    [InlineData("/portal/es/workspace/br", WorkspaceUser.FocalPointBrazil)]
    [InlineData("/portal/pt/workspace/br/laws", WorkspaceUser.FocalPointBrazil)]
    [InlineData("/portal/pt/workspace/br/laws/new", WorkspaceUser.FocalPointBrazil)]
    [InlineData("/portal/fr/workspace/br/institutions", WorkspaceUser.FocalPointBrazil)]
    [InlineData("/portal/en/workspace/br/definitions", WorkspaceUser.FocalPointBrazil)]
    [InlineData("/portal/en/workspace/br/focal-points", WorkspaceUser.FocalPointBrazil)]
    [InlineData("/portal/en/workspace/br/programmes", WorkspaceUser.FocalPointBrazil)]
    [InlineData("/portal/en/workspace/br/progress", WorkspaceUser.FocalPointBrazil)]
    [InlineData("/portal/en/workspace/br/profile", WorkspaceUser.FocalPointBrazil)]
    [InlineData("/portal/en/workspace/br/observations", WorkspaceUser.FocalPointBrazil)]
    [InlineData("/portal/en/admin/principles", WorkspaceUser.Administrator)]
    [InlineData("/portal/en/admin/cycles", WorkspaceUser.Administrator)]
    public async Task EveryWorkspaceLinkAndFormStaysUnderThePathBase(string address, WorkspaceUser user)
    {
        var client = await WorkspaceSignIn.ClientAsync(_portal, user);

        var response = await client.GetAsync(address);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var local = LocalAddresses(await HtmlDocument.ParseAsync(response)).ToList();
        Assert.Contains(local, url => url.Contains("/workspace", StringComparison.Ordinal) || url.Contains("/admin/", StringComparison.Ordinal));
        Assert.All(local, url => Assert.StartsWith(Prefix + "/", url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ServesTheStylesheetsAndScriptsItLinksUnderThePathBase()
    {
        var client = _portal.CreateClient();
        var page = await HtmlDocument.ParseAsync(await client.GetAsync("/portal/en/"));
        var assets = page.QuerySelectorAll("link[rel=stylesheet], script[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src"))
            .ToList();

        Assert.NotEmpty(assets);
        foreach (var asset in assets)
        {
            Assert.StartsWith(Prefix + "/", asset, StringComparison.Ordinal);
            Assert.True((await client.GetAsync(asset)).IsSuccessStatusCode, asset);
        }
    }

    private static IEnumerable<string> LocalAddresses(IDocument page) =>
        page.QuerySelectorAll("[href], [action], [src]")
            .SelectMany(e => new[] { e.GetAttribute("href"), e.GetAttribute("action"), e.GetAttribute("src") })
            .OfType<string>()
            .Where(url => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal));

    /// <summary>The portal as a proxy would forward it: every request under /portal, that prefix as its path base.</summary>
    public sealed class PrefixedPortalFactory : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, PathBaseStartupFilter>());
        }
    }

    private sealed class PathBaseStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UsePathBase(Prefix);
            next(app);
        };
    }
}
