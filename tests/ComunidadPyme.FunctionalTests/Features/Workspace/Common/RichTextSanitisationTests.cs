using System.Net;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.Common;

/// <summary>Summaries, descriptions and narratives are stored as Markdown without any HTML, and shown safely.</summary>
public sealed class RichTextSanitisationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Hostile = "<script>alert(1)</script><img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">x</a>";

    [Fact]
    public async Task HostileSummaryIsSavedWithoutScriptsHandlersOrScriptLinks()
    {
        var form = WorkspaceForms.Law("Law with a hostile summary");
        form["Form.Summary.Original"] = Hostile;
        form["Form.Summary.Es"] = "&lt;script&gt;alert(2)&lt;/script&gt;Resumen";
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);

        var response = await client.PostFormAsync("/en/workspace/br/laws/new", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var law = await portal.QueryAsync(db => db.LegalInstruments.AsNoTracking().SingleAsync(l => l.Title.Original == "Law with a hostile summary"));
        foreach (var text in new[] { law.Summary!.Original, law.Summary.Es! })
        {
            Assert.DoesNotContain("script", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("onerror", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("javascript:", text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal("x", law.Summary.Original);
        Assert.Equal("Resumen", law.Summary.Es);
    }

    [Fact]
    public async Task PagesShowingTheSummaryContainNoActiveContent()
    {
        var form = WorkspaceForms.Law("Law shown on pages");
        form["Form.Summary.Original"] = Hostile + " and **bold** text";
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);
        await client.PostFormAsync("/en/workspace/br/laws/new", form);
        var id = await portal.QueryAsync(db => db.LegalInstruments.Where(l => l.Title.Original == "Law shown on pages").Select(l => l.Id).SingleAsync());

        foreach (var url in new[] { $"/en/laws/{id}", $"/en/workspace/history/LegalInstrument/{id}", "/en/workspace/br/laws" })
        {
            var html = await (await client.GetAsync(url)).Content.ReadAsStringAsync();
            Assert.DoesNotContain("alert(1)", html);
            Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task MarkdownIsRenderedWithOnlyTheSafeSubset()
    {
        var brazilId = await portal.CountryIdAsync("BR");
        var version = await portal.VersionAsync<ComunidadPyme.Core.Countries.Country>(brazilId);
        var overview = "**Strong** and *emphasis*.\n\n- one\n- two\n\n[Official site](https://example.org/policy)\n\n# Heading";
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);

        var response = await client.PostFormAsync("/en/workspace/br/profile", WorkspaceForms.Profile(overview, version));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await HtmlDocument.ParseAsync(await client.GetAsync("/en/workspace/br/profile"));
        var preview = page.QuerySelector(".policy-overview-preview .rich-text")!;
        Assert.Equal("Strong", preview.QuerySelector("strong")!.TextContent);
        Assert.Equal("emphasis", preview.QuerySelector("em")!.TextContent);
        Assert.Equal(2, preview.QuerySelectorAll("ul li").Length);
        var link = preview.QuerySelector("a")!;
        Assert.Equal("https://example.org/policy", link.GetAttribute("href"));
        Assert.Equal("noopener noreferrer", link.GetAttribute("rel"));
        Assert.Null(preview.QuerySelector("h1"));
        Assert.Contains("Heading", preview.TextContent);
    }

    [Fact]
    public async Task AMarkdownLinkToScriptIsRefusedWithAMessage()
    {
        var form = WorkspaceForms.Programme("Programme with a bad link");
        form["Form.Description.Original"] = "Apply [here](javascript:alert(1))";
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);

        var response = await client.PostFormAsync("/en/workspace/br/programmes/new", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Links in the text must start with http:// or https://.",
            WorkspacePages.ErrorFor(await HtmlDocument.ParseAsync(response), "Form.Description.Original"));
    }
}
