using ComunidadPyme.BrowserTests.Support;

namespace ComunidadPyme.BrowserTests.Features.CountryProfile;

[Collection(BrowserCollection.Name)]
public sealed class CountryProfileInBrowserTests(BrowserPortal portal)
{
    [SkippableFact]
    public async Task ShowsEverySeriesChartDrawnByTheServerWithTooltipsAndNoScriptErrors()
    {
        var page = await portal.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);

        await page.GotoAsync(portal.BaseAddress + "/en/countries/br");

        var charts = page.Locator(".indicator-series svg.chart-svg");
        var count = await charts.CountAsync();
        Assert.True(count > 10, $"expected a chart per indicator, found {count}");
        await page.EvaluateAsync("() => document.querySelectorAll('details.series-theme').forEach(d => d.open = true)");
        var point = page.Locator("#series-msme-density .chart-point").Last;
        await point.ScrollIntoViewIfNeededAsync();
        await point.HoverAsync();

        Assert.StartsWith("Brazil, 2024: ", await page.Locator(".chart-tip").TextContentAsync());
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task AnswersTheCalculatorFromTheProfilesForm()
    {
        var page = await portal.NewPageAsync(locale: "es-MX");
        await page.GotoAsync(portal.BaseAddress + "/es/countries/mx#msme-check");

        await page.Locator("#employees").FillAsync("30");
        await page.Locator("#turnover").FillAsync("80.000.000");
        await page.Locator("#sector").SelectOptionAsync("Commerce");
        await page.Locator(".msme-check-form button[type=submit]").ClickAsync();

        Assert.Contains("/es/countries/mx/msme-check?employees=30&turnover=80.000.000&sector=Commerce", page.Url);
        var answers = page.Locator(".definition-check");
        Assert.Equal(2, await answers.CountAsync());
        Assert.Equal("Small", await answers.Nth(0).GetAttributeAsync("data-size-class"));
        Assert.Equal("Small", await answers.Nth(1).GetAttributeAsync("data-size-class"));
        Assert.Contains("Pequeña empresa", await answers.Nth(0).Locator(".check-answer").TextContentAsync());
        Assert.Equal(0, await page.Locator(".definitions-disagree").CountAsync());

        // Two hundred workers and modest sales: small under the 2009 Acuerdo, large under the law's strata.
        await page.Locator("#employees").FillAsync("200");
        await page.Locator("#turnover").FillAsync("50.000.000");
        await page.Locator(".msme-check-form button[type=submit]").ClickAsync();
        Assert.Contains("Las definiciones vigentes no coinciden sobre su empresa.", await page.Locator(".definitions-disagree").TextContentAsync());
        Assert.Equal("Large", await answers.Nth(1).GetAttributeAsync("data-size-class"));
    }

    [SkippableFact]
    public async Task OpensOnASummaryAndShowsAThemesChartsOnDemand()
    {
        var page = await portal.NewPageAsync();
        await page.SetViewportSizeAsync(1366, 800);
        await page.GotoAsync(portal.BaseAddress + "/en/countries/br");

        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        Assert.True(height < 6000, $"The profile is {height} px tall on a laptop");
        Assert.True(await page.Locator("#statistics .key-statistics").IsVisibleAsync());
        var firstChart = page.Locator("details.series-theme").First.Locator("svg.chart-svg").First;
        Assert.False(await firstChart.IsVisibleAsync());

        await page.Locator("details.series-theme > summary").First.ClickAsync();

        Assert.True(await firstChart.IsVisibleAsync());
        Assert.True(await firstChart.EvaluateAsync<int>("c => c.getBoundingClientRect().height") > 100);

        // Honest: the value axis starts at zero.
        Assert.Contains("0", await firstChart.Locator("text[text-anchor=end]").AllTextContentsAsync());

    }

    [SkippableFact]
    public async Task ShowsBothLevelsOfProgressOnAPhoneFromTheMatrixToTheReport()
    {
        var page = await portal.NewPageAsync();
        await page.SetViewportSizeAsync(360, 800);

        await page.GotoAsync(portal.BaseAddress + "/pt/countries/mx#progress");
        var item = page.Locator(".progress-report").First;
        Assert.Contains("Revisão OEA", await item.Locator(".track-reviewer").TextContentAsync());
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth") <= 1);
        await page.KeepScreenshotAsync("profile-progress-pt-360");

        await page.GotoAsync(portal.BaseAddress + "/fr/progress");
        await page.Locator("td.progress-cell a").First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/fr/progress/", StringComparison.Ordinal) && !url.EndsWith("/fr/progress", StringComparison.Ordinal));
        Assert.Contains("Examen OEA", await page.Locator(".report-levels .track-reviewer").TextContentAsync());
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth") <= 1);
        await page.KeepScreenshotAsync("progress-report-fr-360");
    }
}
