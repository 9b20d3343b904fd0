using AngleSharp.Dom;
using System.Net;
using ComunidadPyme.Core.Auditing;
using ComunidadPyme.Core.Indicators;
using ComunidadPyme.FunctionalTests.Support;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.Observations.Grid;

/// <summary>The grid at /{lang}/workspace/{iso2}/observations: what a save creates, changes and deletes.</summary>
public sealed class ObservationGridEditingTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string GridPath = "/en/workspace/br/observations";
    private static readonly int s_thisYear = DateTime.UtcNow.Year;

    private static string Field(int indicatorId, int year, string field) => $"Cells[{indicatorId}-{year}].{field}";

    private async Task<(HttpClient Client, ObservationsForm Form)> OpenGridAsync(string path = GridPath)
    {
        var client = await ObservationsSignIn.AsAsync(portal, ObservationsSignIn.FocalBrazil);
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (client, ObservationsForm.From(await HtmlDocument.ParseAsync(response), "form.obs-grid-form"));
    }

    [Fact]
    public async Task ChangingASampleValueAsksForItsOwnSourceAndNeverKeepsTheSampleNote()
    {
        var density = await ObservationsData.IndicatorAsync(portal, "MSME_DENSITY");
        var before = await ObservationsData.ObservationAsync(portal, "BR", "MSME_DENSITY", "2019");
        Assert.True(before!.IsSample);
        var (client, form) = await OpenGridAsync();
        Assert.Equal(string.Empty, form[Field(density.Id, 2019, "Source")]);

        var response = await form.Set(Field(density.Id, 2019, "Value"), "48.25").PostAsync(client);

        var page = await HtmlDocument.ParseAsync(response);
        Assert.Contains("Enter the source of this value.", page.QuerySelector($"td[data-cell='{density.Id}-2019']")!.TextContent);
        var after = await ObservationsData.ObservationAsync(portal, "BR", "MSME_DENSITY", "2019");
        Assert.Equal((before.Value, before.Version, true), (after!.Value, after.Version, after.IsSample));
    }

    [Fact]
    public async Task SavingCreatesUpdatesAndDeletesOnlyTheChangedCellsWithOneAuditEntryEach()
    {
        var density = await ObservationsData.IndicatorAsync(portal, "MSME_DENSITY");
        var micro = await ObservationsData.IndicatorAsync(portal, "MSME_MICRO_SHARE");
        var before = await ObservationsData.ObservationsAsync(portal, "BR");
        var lastAudit = await ObservationsData.LastAuditIdAsync(portal);
        var (client, form) = await OpenGridAsync();

        form.Set(Field(density.Id, 2021, "Value"), "55.5")
            .Set(Field(density.Id, 2021, "Source"), "IBGE, Demografia das Empresas 2021")
            .Set(Field(density.Id, s_thisYear, "Value"), "60")
            .Set(Field(density.Id, s_thisYear, "Status"), "Provisional")
            .Set(Field(density.Id, s_thisYear, "Source"), "Instituto Brasileiro de Geografia e Estatística")
            .Set(Field(micro.Id, 2020, "Delete"), "true");
        var response = await form.PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await HtmlDocument.ParseAsync(await client.GetAsync(response.Headers.Location));
        Assert.Contains("Saved. Added: 1; changed: 1; deleted: 1.", page.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal("55.5", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>($"input[name='{Field(density.Id, 2021, "Value")}']")!.Value);

        var after = await ObservationsData.ObservationsAsync(portal, "BR");
        var updated = after.Single(o => o.IndicatorId == density.Id && o.Period == "2021");
        Assert.Equal(55.5, updated.Value);
        Assert.False(updated.IsSample);
        Assert.Equal("IBGE, Demografia das Empresas 2021", updated.SourceNote);
        var created = after.Single(o => o.IndicatorId == density.Id && o.Period == s_thisYear.ToString());
        Assert.Equal((60.0, ObservationStatus.Provisional, false), (created.Value, created.Status, created.IsSample));
        Assert.DoesNotContain(after, o => o.IndicatorId == micro.Id && o.Period == "2020");
        Assert.Equal(before.Count, after.Count);

        // Every cell nobody touched is exactly as it was, sample flag and version included.
        var untouched = before.Where(o => !(o.IndicatorId == density.Id && o.Period == "2021") && !(o.IndicatorId == micro.Id && o.Period == "2020"));
        Assert.All(untouched, o => Assert.Contains(after, a => a.Id == o.Id && a.Version == o.Version && a.Value == o.Value && a.IsSample == o.IsSample));

        var audit = await ObservationsData.AuditSinceAsync(portal, lastAudit);
        Assert.Equal(3, audit.Count);
        Assert.All(audit, a => Assert.Equal(("Observation", "focal.br@example.org"), (a.EntityType, a.UserName)));
        Assert.Equal([AuditAction.Created, AuditAction.Updated, AuditAction.Deleted], audit.Select(a => a.Action).Order());
        var change = audit.Single(a => a.Action == AuditAction.Updated).Changes.Single(c => c.Field == "Value");
        Assert.Equal("55.5", change.NewValue);
    }

    [Fact]
    public async Task InvalidCellsAreMarkedWhereTheyAreAndNothingIsSaved()
    {
        var density = await ObservationsData.IndicatorAsync(portal, "MSME_DENSITY");
        var before = await ObservationsData.ObservationsAsync(portal, "BR");
        var (client, form) = await OpenGridAsync();

        form.Set(Field(density.Id, 2019, "Value"), "33")
            .Set(Field(density.Id, 2022, "Value"), "999")
            .Set(Field(density.Id, 2023, "Value"), "40")
            .Set(Field(density.Id, 2023, "Source"), "   ")
            .Set(Field(density.Id, 2200, "Value"), "12")
            .Set(Field(density.Id, 2200, "Status"), "Final")
            .Set(Field(density.Id, 2200, "Source"), "A source");
        var response = await form.PostAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocument.ParseAsync(response);
        Assert.Contains("Nothing was saved.", page.QuerySelector("#grid-errors")!.TextContent);
        string CellText(int year) => page.QuerySelector($"td[data-cell='{density.Id}-{year}']")!.TextContent;
        string? Typed(int year, string field) =>
            page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>($"input[name='{Field(density.Id, year, field)}']")?.Value;
        Assert.Contains("Enter a value from 0 to 500 (MSMEs per 1,000 people).", CellText(2022));
        Assert.Equal("999", Typed(2022, "Value"));
        Assert.Contains("Enter the source of this value.", CellText(2023));
        Assert.Contains($"The year must be from 1950 to {s_thisYear}.", CellText(2200));
        Assert.Equal("12", Typed(2200, "Value"));
        Assert.Equal("33", Typed(2019, "Value"));
        Assert.Equal("true", page.QuerySelector($"input[name='{Field(density.Id, 2022, "Value")}']")!.GetAttribute("aria-invalid"));

        var after = await ObservationsData.ObservationsAsync(portal, "BR");
        Assert.Equal(before.Select(o => (o.Id, o.Version)), after.Select(o => (o.Id, o.Version)));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "Enter a number without thousands separators, e.g. 1234.5.")]
    [InlineData("1,234.5", "Enter a number without thousands separators, e.g. 1234.5.")]
    [InlineData("NaN", "Enter a number without thousands separators, e.g. 1234.5.")]
    [InlineData("1e999", "Enter a number without thousands separators, e.g. 1234.5.")]
    [InlineData("-3", "Enter a value from 0 to 500 (MSMEs per 1,000 people).")]
    public async Task HostileOrMalformedValuesGetAMessageNotAnError(string typed, string message)
    {
        var density = await ObservationsData.IndicatorAsync(portal, "MSME_DENSITY");
        var (client, form) = await OpenGridAsync();

        var response = await form.Set(Field(density.Id, 2018, "Value"), typed).PostAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocument.ParseAsync(response);
        var cell = page.QuerySelector($"td[data-cell='{density.Id}-2018']")!;
        Assert.Contains(message, cell.TextContent);
        Assert.Equal(typed, cell.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input.obs-value")!.Value);
        Assert.Empty(page.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task ASecondSaveOfTheSameVersionShowsBothValuesAndKeepsTheFirstUntilThePersonChooses()
    {
        var density = await ObservationsData.IndicatorAsync(portal, "MSME_DENSITY");
        var (first, form) = await OpenGridAsync();
        var (second, secondForm) = await OpenGridAsync();
        var theirs = form.Set(Field(density.Id, 2017, "Value"), "41.5").Set(Field(density.Id, 2017, "Source"), "IBGE");
        var mine = secondForm.Set(Field(density.Id, 2017, "Value"), "47.25").Set(Field(density.Id, 2017, "Source"), "SEBRAE");

        Assert.Equal(HttpStatusCode.Redirect, (await theirs.PostAsync(first)).StatusCode);
        var response = await mine.PostAsync(second);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = await HtmlDocument.ParseAsync(response);
        Assert.Contains("Nothing was saved.", page.QuerySelector("#grid-conflicts")!.TextContent);
        var cell = page.QuerySelector($"td[data-cell='{density.Id}-2017']")!;
        Assert.Contains("Theirs: 41.5", cell.QuerySelector(".obs-theirs")!.TextContent);
        Assert.Contains("Yours: 47.25", cell.QuerySelector(".obs-yours")!.TextContent);
        Assert.Equal("47.25", cell.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input.obs-value")!.Value);
        Assert.Equal(41.5, (await ObservationsData.ObservationAsync(portal, "BR", "MSME_DENSITY", "2017"))!.Value);

        // Choosing "keep mine" on the conflict page and saving again puts this person's value in.
        var resolved = ObservationsForm.From(page, "form.obs-grid-form");
        Assert.Equal("mine", resolved[Field(density.Id, 2017, "Keep")]);
        Assert.Equal(HttpStatusCode.Redirect, (await resolved.PostAsync(second)).StatusCode);
        Assert.Equal(47.25, (await ObservationsData.ObservationAsync(portal, "BR", "MSME_DENSITY", "2017"))!.Value);
    }

    [Fact]
    public async Task ACellSomeoneElseChangedIsLeftAloneWhenThePersonDidNotTouchIt()
    {
        var employment = await ObservationsData.IndicatorAsync(portal, "MSME_EMPLOYMENT_SHARE");
        var (client, form) = await OpenGridAsync();
        await ObservationsData.SaveDirectlyAsync(portal, "BR", "MSME_DENSITY", "2020", 12.5);

        var response = await form.Set(Field(employment.Id, 2020, "Value"), "61").Set(Field(employment.Id, 2020, "Source"), "RAIS").PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(12.5, (await ObservationsData.ObservationAsync(portal, "BR", "MSME_DENSITY", "2020"))!.Value);
        Assert.Equal(61, (await ObservationsData.ObservationAsync(portal, "BR", "MSME_EMPLOYMENT_SHARE", "2020"))!.Value);
    }

    [Fact]
    public async Task ClearingAValueWithoutTickingDeleteAsksForConfirmation()
    {
        var micro = await ObservationsData.IndicatorAsync(portal, "MSME_MICRO_SHARE");
        var (client, form) = await OpenGridAsync();

        var response = await form.Set(Field(micro.Id, 2019, "Value"), "").PostAsync(client);

        var page = await HtmlDocument.ParseAsync(response);
        Assert.Contains("Enter a value, or tick “Delete” to remove it.", page.QuerySelector($"td[data-cell='{micro.Id}-2019']")!.TextContent);
        Assert.NotNull(await ObservationsData.ObservationAsync(portal, "BR", "MSME_MICRO_SHARE", "2019"));
    }

    [Fact]
    public async Task SpeaksSpanishAndTakesADecimalComma()
    {
        var density = await ObservationsData.IndicatorAsync(portal, "MSME_DENSITY");
        var (client, form) = await OpenGridAsync("/es/workspace/br/observations?from=2015&to=2024");
        var page = await HtmlDocument.ParseAsync(await client.GetAsync("/es/workspace/br/observations?from=2015&to=2024"));
        Assert.Equal("Observaciones: Brasil", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("input[aria-label='Densidad de MIPYME, 2016']"));
        Assert.Equal(["2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024"],
            page.QuerySelectorAll("thead th.obs-year").Select(th => th.TextContent.Trim()));

        var response = await form.Set(Field(density.Id, 2016, "Value"), "45,5").Set(Field(density.Id, 2016, "Source"), "IBGE")
            .Set(Field(density.Id, 2015, "Value"), "seis").Set(Field(density.Id, 2015, "Source"), "IBGE").PostAsync(client);

        var refused = await HtmlDocument.ParseAsync(response);
        Assert.Contains("Escriba un número sin separadores de miles, por ejemplo 1234,5.", refused.QuerySelector($"td[data-cell='{density.Id}-2015']")!.TextContent);
        var fixedForm = ObservationsForm.From(refused, "form.obs-grid-form").Set(Field(density.Id, 2015, "Value"), "30.25");
        Assert.Equal(HttpStatusCode.Redirect, (await fixedForm.PostAsync(client)).StatusCode);
        Assert.Equal(45.5, (await ObservationsData.ObservationAsync(portal, "BR", "MSME_DENSITY", "2016"))!.Value);
        Assert.Equal(30.25, (await ObservationsData.ObservationAsync(portal, "BR", "MSME_DENSITY", "2015"))!.Value);
    }

    [Theory]
    [InlineData("?from=abc&to=2024", "Enter a year from 1950 to")]
    [InlineData("?from=2020&to=2010", "The last year must not come before the first.")]
    [InlineData("?from=1900&to=2200", "Enter a year from 1950 to")]
    [InlineData("?from=1960&to=2024", "Show at most 30 years at a time.")]
    [InlineData("?theme=%27%3B%20DROP%20TABLE%20Observations%3B--", "Choose a theme from the list.")]
    public async Task AMalformedRangeIsExplainedAndTheLastTenYearsAreShown(string query, string message)
    {
        var client = await ObservationsSignIn.AsAsync(portal, ObservationsSignIn.FocalBrazil);

        var response = await client.GetAsync(GridPath + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocument.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector("form.obs-filter")!.TextContent);
        Assert.Equal(10, page.QuerySelectorAll("thead th.obs-year").Length);
    }
}
