using ComunidadPyme.BrowserTests.Support;
using Microsoft.Playwright;

namespace ComunidadPyme.BrowserTests.Features.Workspace.Review;

/// <summary>An OAS reviewer's day: the queue, a report returned with a comment, the progress matrix, on a phone and a laptop.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReviewInBrowserTests(BrowserPortal portal)
{
    private const string Reviewer = "reviewer@example.org";
    private const string ReviewerPassword = "Sample reviewer password 2026";

    [SkippableFact]
    public async Task ReviewerReturnsASubmittedReportAndTheCountrySeesWhy()
    {
        var page = await portal.SignedInAsync(Reviewer, ReviewerPassword);
        await page.SetViewportSizeAsync(360, 800);

        await page.GotoAsync(portal.BaseAddress + "/es/review?country=br");
        Assert.Equal("Cola de revisión", (await page.Locator("h1").TextContentAsync())?.Trim());
        await page.KeepScreenshotAsync("review-queue-es-360");
        await AssertNoSidewaysScrollAsync(page);
        await page.Locator("table.review-queue tbody tr a", new() { HasTextString = "Revisar" }).First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/es/review/reports/", StringComparison.Ordinal));
        var reportUrl = page.Url;
        await AssertNoSidewaysScrollAsync(page);
        await page.KeepScreenshotAsync("review-report-es-360");

        await page.Locator("#return-text").FillAsync("Añadan el número del decreto, por favor.");
        await page.Locator("form[action$='/return'] button[type=submit]").ClickAsync();

        await page.WaitForURLAsync(reportUrl);
        Assert.Contains("Devuelto al país con su comentario.", await page.Locator(".status-message").TextContentAsync());
        Assert.Contains("Añadan el número del decreto, por favor.", await page.Locator(".review-thread").TextContentAsync());
        Assert.Contains("Devuelto", await page.Locator(".review-state").TextContentAsync());

        var focal = await portal.SignedInAsFocalPointForBrazilAsync();
        await focal.GotoAsync(portal.BaseAddress + "/es/workspace/br/progress/" + reportUrl.Split('/')[^1] + "/edit");
        Assert.Contains("Añadan el número del decreto, por favor.", await focal.Locator("body").TextContentAsync());
    }

    [SkippableFact]
    public async Task ReviewerReadsTheMatrixOnALaptopAndOnAPhoneAndOpensAReport()
    {
        var page = await portal.SignedInAsync(Reviewer, ReviewerPassword);
        await page.SetViewportSizeAsync(1366, 900);

        // The longest menu: French, signed in with the reviewer's e-mail address.
        await page.GotoAsync(portal.BaseAddress + "/fr/review/matrix");
        await AssertNoSidewaysScrollAsync(page);
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" }).IsVisibleAsync());
        await page.KeepScreenshotAsync("review-matrix-fr-1366");

        await page.GotoAsync(portal.BaseAddress + "/en/review/matrix");
        await page.KeepScreenshotAsync("review-matrix-en-1366");
        Assert.True(await page.Locator("table.progress-matrix tbody tr").CountAsync() >= 5);
        await AssertNoSidewaysScrollAsync(page);

        await page.SetViewportSizeAsync(360, 800);
        await page.GotoAsync(portal.BaseAddress + "/fr/review/matrix");
        await AssertNoSidewaysScrollAsync(page);
        await page.KeepScreenshotAsync("review-matrix-fr-360");

        await page.Locator("table tbody a[href*='/review/reports/']").First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/fr/review/reports/", StringComparison.Ordinal));
        Assert.Contains("Le point de vue du pays", await page.Locator("body").TextContentAsync());
    }

    [SkippableFact]
    public async Task ReviewerSeesWhichDataAreStale()
    {
        var page = await portal.SignedInAsync(Reviewer, ReviewerPassword);
        await page.SetViewportSizeAsync(360, 800);

        await page.GotoAsync(portal.BaseAddress + "/pt/review/freshness");

        Assert.True(await page.Locator("table tbody tr").CountAsync() > 10);
        await AssertNoSidewaysScrollAsync(page);
        await page.KeepScreenshotAsync("review-freshness-pt-360");
    }

    [SkippableFact]
    public async Task ReviewerPrintsTheReportForTheDialogueAndReadsACountryBriefingOnAPhone()
    {
        var page = await portal.SignedInAsync(Reviewer, ReviewerPassword);
        await page.SetViewportSizeAsync(1366, 900);

        await page.GotoAsync(portal.BaseAddress + "/es/review/report");
        await page.Locator(".dialogue-cycles li").First.Locator("a.dialogue-report-link").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/es/review/report/", StringComparison.Ordinal));
        Assert.True(await page.Locator("button[data-print]").IsVisibleAsync());
        Assert.True(await page.Locator("section.dialogue-country").CountAsync() >= 3);
        await AssertNoSidewaysScrollAsync(page);
        await page.KeepScreenshotAsync("dialogue-report-es-1366");

        // Printed: A4, no navigation, the summary on its own page and each country starting a page.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Locator(".workspace-nav").IsVisibleAsync());
        Assert.False(await page.Locator("button[data-print]").IsVisibleAsync());
        var pdf = await page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true });
        var pages = System.Text.RegularExpressions.Regex.Matches(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page[^s]").Count;
        Assert.True(pages >= 2 + await page.Locator("section.dialogue-country").CountAsync(), $"{pages} printed pages");
        if (Environment.GetEnvironmentVariable("SCREENSHOTS_DIR") is { Length: > 0 } folder)
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, "dialogue-report-es.pdf"), pdf);
        }

        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await page.SetViewportSizeAsync(360, 800);
        await page.Locator("a.briefing-link").First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/briefing/", StringComparison.Ordinal));
        Assert.Contains("Nota informativa", await page.Locator("h1").TextContentAsync());
        Assert.True(await page.Locator(".briefing-peers").IsVisibleAsync());
        await AssertNoSidewaysScrollAsync(page);
        await page.KeepScreenshotAsync("dialogue-briefing-es-360");

        // The whole report in Portuguese on the phone, and the queue with its changes in French on a laptop.
        await page.GotoAsync(portal.BaseAddress + "/pt/review/report");
        await page.Locator(".dialogue-cycles li").First.Locator("a.dialogue-report-link").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/pt/review/report/", StringComparison.Ordinal));
        Assert.Contains("Avanços nos princípios", await page.Locator(".dialogue-cover h1").TextContentAsync());
        await AssertNoSidewaysScrollAsync(page);
        await page.KeepScreenshotAsync("dialogue-report-pt-360");
        await page.SetViewportSizeAsync(1366, 900);
        await page.GotoAsync(portal.BaseAddress + "/fr/review?state=Accepted");
        await AssertNoSidewaysScrollAsync(page);
        await page.KeepScreenshotAsync("review-queue-fr-1366");
    }

    /// <summary>Wide tables scroll inside their own box; the page itself never scrolls sideways on a phone.</summary>
    private static async Task AssertNoSidewaysScrollAsync(IPage page)
    {
        var overflow = await ScreenChecks.OverflowAsync(page);
        Assert.True(overflow is null, $"The page at {page.Url} is {overflow}.");
    }
}
