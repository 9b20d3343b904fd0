using ComunidadPyme.BrowserTests.Support;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace ComunidadPyme.BrowserTests.Accessibility;

/// <summary>WCAG 2.1 AA: axe-core finds no violation on any public page type, in two languages or more.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PublicPagesAccessibilityTests(BrowserPortal portal)
{
    private static readonly string[] s_wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    public static TheoryData<string> Pages() => new(
        "/en/", "/es/",
        "/en/countries", "/fr/countries",
        "/en/indicators", "/pt/indicators",
        "/en/indicators/msme_density", "/fr/indicators/msme_density",
        "/en/compare?indicator=MSME_DENSITY&countries=BR,MX&from=2018&to=2022&view=line",
        "/es/compare?indicator=MSME_DENSITY&region=SouthAmerica&view=map",
        "/en/countries/br", "/es/countries/mx", "/fr/countries/ht",
        "/pt/countries/br/msme-check?turnover=4000000",
        "/en/laws?q=empresa", "/es/laws", "/en/laws/1", "/pt/laws/1",
        "/en/programmes", "/fr/programmes?target=WomenEntrepreneurs",
        "/en/progress", "/es/progress",
        "/en/open-data", "/pt/open-data",
        "/Identity/Account/Login",
        "/pt/no-such-page", "/en/no-such-page");

    [SkippableTheory]
    [MemberData(nameof(Pages))]
    public async Task HasNoWcagViolations(string path)
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync(portal.BaseAddress + path);

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. s_wcagTags] },
        });

        Assert.True(result.Violations.Length == 0, Describe(result.Violations));
    }

    private static string Describe(AxeResultItem[] violations) =>
        string.Join(Environment.NewLine, violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}"));
}
