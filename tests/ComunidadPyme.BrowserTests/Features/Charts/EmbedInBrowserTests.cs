using System.Net;
using System.Net.Sockets;
using System.Text;
using ComunidadPyme.BrowserTests.Support;

namespace ComunidadPyme.BrowserTests.Features.Charts;

/// <summary>A ministry's site frames a chart: the embed renders there, and any other page refuses to be framed.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EmbedInBrowserTests(BrowserPortal portal)
{
    // A page of another origin (another port), served by a listener of the test's own, that frames two addresses of
    // the portal. A real local server rather than a page made up by the browser: Chromium refuses to let a page of
    // unknown address frame a local one, whatever the portal answers.
    private async Task<(Microsoft.Playwright.IPage Page, HttpListener Host)> HostPageAsync(string embedPath, string pagePath)
    {
        var page = await portal.NewPageAsync();
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var host = new HttpListener();
        host.Prefixes.Add($"http://127.0.0.1:{port}/");
        host.Start();
        var html = Encoding.UTF8.GetBytes($"""
            <!DOCTYPE html><html><body><h1>Ministerio</h1>
            <iframe id="embed" src="{portal.BaseAddress}{embedPath}" width="640" height="420"></iframe>
            <iframe id="page" src="{portal.BaseAddress}{pagePath}" width="640" height="420"></iframe>
            </body></html>
            """);
        _ = Task.Run(async () =>
        {
            while (host.IsListening)
            {
                try
                {
                    var context = await host.GetContextAsync();
                    context.Response.ContentType = "text/html; charset=utf-8";
                    await context.Response.OutputStream.WriteAsync(html);
                    context.Response.Close();
                }
                catch (HttpListenerException)
                {
                    return;
                }
                catch (ObjectDisposedException)
                {
                    return;
                }
            }
        });
        await page.GotoAsync($"http://127.0.0.1:{port}/news.html");
        return (page, host);
    }

    [SkippableFact]
    public async Task RendersAnEmbeddedChartInAPageOfAnotherOriginButNotAnOrdinaryPage()
    {
        var (page, host) = await HostPageAsync("/embed/es/countries/br/series/MSME_COUNT", "/es/countries/br");
        using var _ = host;

        var embed = page.FrameLocator("#embed");
        await embed.Locator("svg.chart-svg").WaitForAsync();
        Assert.Equal("Número de MIPYME — Brasil", await embed.Locator("svg.chart-svg > title").TextContentAsync());
        Assert.True(await embed.Locator("svg.chart-svg").EvaluateAsync<double>("s => s.getBoundingClientRect().height") > 200);
        Assert.Equal("Verlo en Comunidad PYME", (await embed.Locator("figcaption > a").TextContentAsync())!.Trim());

        // The profile itself answers "DENY": the browser shows its own error page in that frame, not the portal.
        var refused = await (await page.QuerySelectorAsync("#page"))!.ContentFrameAsync();
        await refused!.WaitForLoadStateAsync();
        Assert.StartsWith("chrome-error:", refused.Url);
        Assert.Equal(0, await refused.Locator(".country-profile").CountAsync());
        await page.KeepScreenshotAsync("embed-on-another-origin");
    }
}
