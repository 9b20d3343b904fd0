using ComunidadPyme.FunctionalTests.Support;

namespace ComunidadPyme.FunctionalTests.Operations;

[Collection(PortalCollection.Name)]
public sealed class StaticAssetsTests(PortalFactory portal)
{
    [Fact]
    public async Task PagesReferenceFingerprintedStylesAndScripts()
    {
        var page = await HtmlDocument.ParseAsync(await portal.CreateClient().GetAsync("/en/countries"));

        var assets = page.QuerySelectorAll("link[rel=stylesheet], script[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src"))
            .ToList();
        Assert.NotEmpty(assets);
        Assert.All(assets, url => Assert.Contains("?v=", url));
    }

    [Fact]
    public async Task ServesTheStylesheetCompressedToBrowsersThatAsk()
    {
        var page = await HtmlDocument.ParseAsync(await portal.CreateClient().GetAsync("/en/countries"));
        var css = page.QuerySelector("link[href*='bootstrap']")!.GetAttribute("href")!;
        var request = new HttpRequestMessage(HttpMethod.Get, css);
        request.Headers.Add("Accept-Encoding", "gzip, br");

        var response = await portal.CreateClient().SendAsync(request);

        Assert.True(response.IsSuccessStatusCode);
        Assert.Contains(response.Content.Headers.ContentEncoding, e => e is "gzip" or "br");
    }
}
