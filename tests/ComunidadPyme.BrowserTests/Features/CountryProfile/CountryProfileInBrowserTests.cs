using ComunidadPyme.BrowserTests.Support;

namespace ComunidadPyme.BrowserTests.Features.CountryProfile;

[Collection(BrowserCollection.Name)]
public sealed class CountryProfileInBrowserTests(BrowserPortal portal)
{
    [SkippableFact]
    public async Task DrawsEachSeriesChartWhenItComesIntoViewWithoutScriptErrors()
    {
        const string countDrawn = "() => [...document.querySelectorAll('canvas[data-chart]')].filter(c => Chart.getChart(c)).length";
        var page = await portal.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);

        await page.GotoAsync(portal.BaseAddress + "/en/countries/br");

        var canvases = page.Locator("canvas[data-chart]");
        var count = await canvases.CountAsync();
        Assert.True(count > 10, $"expected a chart per indicator, found {count}");
        Assert.Equal(0, await page.EvaluateAsync<int>(countDrawn)); // all in closed themes: nothing drawn on load
        await page.EvaluateAsync("() => document.querySelectorAll('details.series-theme').forEach(d => d.open = true)");
        for (var i = 0; i < count; i++)
        {
            await canvases.Nth(i).ScrollIntoViewIfNeededAsync();
            await page.WaitForFunctionAsync("c => !!Chart.getChart(c)", await canvases.Nth(i).ElementHandleAsync());
        }

        Assert.Equal(count, await page.EvaluateAsync<int>(countDrawn));
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
        var firstChart = page.Locator("details.series-theme").First.Locator("canvas").First;
        Assert.False(await firstChart.IsVisibleAsync());

        await page.Locator("details.series-theme > summary").First.ClickAsync();

        Assert.True(await firstChart.IsVisibleAsync());
        await page.WaitForFunctionAsync("c => !!Chart.getChart(c)", await firstChart.ElementHandleAsync());
        Assert.True(await firstChart.EvaluateAsync<int>("c => c.getBoundingClientRect().height") > 100);

        // Honest lines: no smoothing, gaps left open, the value axis from zero and titled with the unit.
        var config = await firstChart.EvaluateAsync<string>("""
            c => { const chart = Chart.getChart(c); const set = chart.data.datasets[0]; const y = chart.options.scales.y;
                   return [set.tension, set.spanGaps, y.beginAtZero, y.title.display, y.title.text].join('|'); }
            """);
        var unit = await page.Locator("details.series-theme").First.Locator(".indicator-series h4 span").First.TextContentAsync();
        Assert.Equal($"0|false|true|true|{unit!.Trim().Trim('(', ')')}", config);
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
