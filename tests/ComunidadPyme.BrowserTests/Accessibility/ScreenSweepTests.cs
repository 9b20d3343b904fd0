using ComunidadPyme.BrowserTests.Support;

namespace ComunidadPyme.BrowserTests.Accessibility;

/// <summary>
/// Every public page type, in the four languages, on a phone (360 px) and a laptop (1366 px), and the signed-in
/// pages of each role: none is wider than the screen, and axe-core finds no WCAG 2.1 A/AA violation.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenSweepTests(BrowserPortal portal)
{
    private static readonly string[] s_publicPages =
    [
        "/", "/countries", "/countries/br", "/countries/us", "/countries/bs",
        "/countries/mx/msme-check?employees=200&turnover=50000000&sector=Commerce",
        "/indicators", "/indicators/msme_density",
        "/compare?indicator=MSME_DENSITY&countries=BR,MX,CO,CL,PE,CR,JM&from=2015&to=2022&view=line",
        "/compare?indicator=MSME_DENSITY&region=SouthAmerica&view=map",
        "/laws", "/laws?q=impuesto", "/laws/1",
        "/programmes", "/programmes?target=WomenEntrepreneurs", "/progress", "/open-data",
        "/Identity/Account/Login", "/no-such-page",
    ];

    public static TheoryData<string, int> Screens()
    {
        var screens = new TheoryData<string, int>();
        foreach (var language in new[] { "en", "es", "pt", "fr" })
        {
            screens.Add(language, 360);
            screens.Add(language, 1366);
        }

        return screens;
    }

    [SkippableTheory]
    [MemberData(nameof(Screens))]
    public async Task PublicPagesFitTheScreenAndAreAccessible(string language, int width)
    {
        var page = await portal.NewPageAsync();
        await page.SetViewportSizeAsync(width, 800);

        var problems = await ScreenChecks.SweepAsync(page, portal.BaseAddress, s_publicPages.Select(p => $"/{language}{p}"));

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [SkippableTheory]
    [InlineData("focal.br@example.org", "Sample focal point password BR", "/workspace,/workspace/br,/workspace/br/profile,/workspace/br/institutions,/workspace/br/focal-points,/workspace/br/definitions,/workspace/br/observations,/workspace/br/import,/workspace/br/laws,/workspace/br/programmes,/workspace/br/progress,/account/sign-ins")]
    [InlineData("reviewer@example.org", "Sample reviewer password 2026", "/review,/review/matrix,/review/freshness,/review/report")]
    [InlineData("admin@example.org", "Sample admin password 2026", "/admin/accounts,/admin/cycles,/admin/indicators,/admin/principles,/workspace")]
    public async Task SignedInPagesFitTheScreenAndAreAccessible(string email, string password, string paths)
    {
        var page = await portal.SignedInAsync(email, password);
        var problems = new List<string>();
        foreach (var width in new[] { 360, 1366 })
        {
            await page.SetViewportSizeAsync(width, 800);
            foreach (var language in new[] { "en", "fr" })
            {
                problems.AddRange((await ScreenChecks.SweepAsync(page, portal.BaseAddress, paths.Split(',').Select(p => $"/{language}{p}")))
                    .Select(p => $"{width} px: {p}"));
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
