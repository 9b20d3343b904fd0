using System.Net;
using AngleSharp.Dom;
using ComunidadPyme.Core.Auditing;
using ComunidadPyme.Core.Indicators;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.IndicatorCatalogue;

/// <summary>/{lang}/admin/indicators: administrators list, add and edit catalogue entries; nobody else may.</summary>
public sealed class IndicatorCatalogueAdministrationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string ListPath = "/en/admin/indicators";

    private static ObservationsForm Filled(ObservationsForm form, string code) => form
        .Set("Form.Code", code)
        .Set("Form.Name.En", "MSMEs with a website").Set("Form.Name.Es", "MIPYME con sitio web")
        .Set("Form.Name.Pt", "MPME com site").Set("Form.Name.Fr", "MPME dotées d'un site web")
        .Set("Form.Unit.En", "% of MSMEs").Set("Form.Unit.Es", "% de las MIPYME")
        .Set("Form.Kind", "Indicator").Set("Form.Theme", "InnovationAndDigital").Set("Form.Periodicity", "Annual")
        .Set("Form.Decimals", "1").Set("Form.MinValue", "0").Set("Form.MaxValue", "100").Set("Form.SortOrder", "500")
        .Set("Form.Source", "National ICT survey");

    private async Task<(HttpClient Client, ObservationsForm Form)> OpenAsync(string path)
    {
        var client = await ObservationsSignIn.AsAsync(portal, ObservationsSignIn.Admin);
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (client, ObservationsForm.From(await HtmlDocument.ParseAsync(response), "form.indicator-form"));
    }

    [Fact]
    public async Task ListsTheCatalogueInTheAdministratorsLanguage()
    {
        var client = await ObservationsSignIn.AsAsync(portal, ObservationsSignIn.Admin);

        var page = await HtmlDocument.ParseAsync(await client.GetAsync("/fr/admin/indicators"));

        Assert.Equal("Catalogue des indicateurs", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Densité des MPME", page.QuerySelector("tr[data-code=MSME_DENSITY]")!.TextContent);
    }

    [Fact]
    public async Task AddsAnIndicatorWithItsAuditEntry()
    {
        var lastAudit = await ObservationsData.LastAuditIdAsync(portal);
        var (client, form) = await OpenAsync(ListPath + "/new");

        var response = await Filled(form, "MSME_WEBSITE_SHARE").PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await HtmlDocument.ParseAsync(await client.GetAsync(response.Headers.Location));
        Assert.Contains("The indicator MSME_WEBSITE_SHARE was added to the catalogue.", list.QuerySelector("[role=status]")!.TextContent);
        Assert.NotNull(list.QuerySelector("tr[data-code=MSME_WEBSITE_SHARE]"));
        var saved = await ObservationsData.IndicatorAsync(portal, "MSME_WEBSITE_SHARE");
        Assert.Equal(("MPME dotées d'un site web", null, 0.0, 100.0, IndicatorTheme.InnovationAndDigital),
            (saved.Name.Fr, saved.Unit.Pt, saved.MinValue, saved.MaxValue, saved.Theme));
        var audit = Assert.Single(await ObservationsData.AuditSinceAsync(portal, lastAudit));
        Assert.Equal((AuditAction.Created, "Indicator"), (audit.Action, audit.EntityType));
    }

    [Fact]
    public async Task ASavedIndicatorIsConfirmedOnceOnTheCatalogue()
    {
        var indicator = await ObservationsData.IndicatorAsync(portal, "MSME_DENSITY");
        var (client, form) = await OpenAsync($"{ListPath}/{indicator.Id}/edit");

        var response = await form.Set("Form.Source", "National statistics office").PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await HtmlDocument.ParseAsync(await client.GetAsync(response.Headers.Location));
        Assert.Equal("The indicator MSME_DENSITY was saved.", list.QuerySelector("[role=status]")?.TextContent.Trim());
        Assert.Null((await HtmlDocument.ParseAsync(await client.GetAsync(response.Headers.Location))).QuerySelector(".status-message"));
        Assert.Equal("National statistics office", (await ObservationsData.IndicatorAsync(portal, "MSME_DENSITY")).Source);
    }

    [Fact]
    public async Task RefusesAnInvalidIndicatorWithAMessageNextToEachFieldAndKeepsWhatWasTyped()
    {
        var count = await ObservationsData.QueryAsync(portal, db => db.Indicators.CountAsync());
        var (client, form) = await OpenAsync(ListPath + "/new");

        var response = await Filled(form, "msme <script>")
            .Set("Form.Name.Pt", "").Set("Form.MinValue", "10").Set("Form.MaxValue", "5,5")
            .Set("Form.Decimals", "7").Set("Form.SortOrder", "first").Set("Form.Theme", "'; DROP TABLE Indicators; --")
            .PostAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocument.ParseAsync(response);
        string Message(string field) => page.QuerySelector($"[data-valmsg-for='{field}'], #{field.Replace('.', '_')}_error")!.TextContent.Trim();
        Assert.Equal("Use 2 to 40 capital letters, digits or underscores, starting with a letter, e.g. MSME_COUNT.", Message("Form.Code"));
        Assert.Equal("Enter the name in Portuguese.", Message("Form.Name.Pt"));
        Assert.Equal("Enter a number, or leave it empty for no limit.", Message("Form.MaxValue"));
        Assert.Equal("Enter a whole number from 0 to 6.", Message("Form.Decimals"));
        Assert.Equal("Enter a whole number from 0 to 1,000,000.", Message("Form.SortOrder"));
        Assert.Equal("Choose a theme from the list.", Message("Form.Theme"));
        Assert.Equal("msme <script>", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Form_Code")!.Value);
        Assert.Equal("5,5", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Form_MaxValue")!.Value);
        Assert.Equal(count, await ObservationsData.QueryAsync(portal, db => db.Indicators.CountAsync()));
    }

    [Theory]
    [InlineData("MSME_COUNT", "10", "5", "Form.Code", "Another indicator already has the code MSME_COUNT.")]
    [InlineData("NEW_ONE", "10", "5", "Form.MaxValue", "The maximum must not be below the minimum.")]
    [InlineData("X", "0", "1", "Form.Code", "Use 2 to 40 capital letters, digits or underscores, starting with a letter, e.g. MSME_COUNT.")]
    public async Task RefusesADuplicateCodeAndAReversedRange(string code, string min, string max, string field, string message)
    {
        var (client, form) = await OpenAsync(ListPath + "/new");

        var response = await Filled(form, code).Set("Form.MinValue", min).Set("Form.MaxValue", max).PostAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocument.ParseAsync(response);
        Assert.Equal(message, page.QuerySelector($"[data-valmsg-for='{field}']")!.TextContent.Trim());
    }

    [Fact]
    public async Task ASecondEditOfTheSameVersionShowsBothAndLetsTheAdministratorChoose()
    {
        var indicator = await ObservationsData.IndicatorAsync(portal, "SME_COLLATERAL");
        var path = $"{ListPath}/{indicator.Id}/edit";
        var (first, form) = await OpenAsync(path);
        var (second, secondForm) = await OpenAsync(path);

        var theirs = await form.Set("Form.Name.En", "Collateral required (first)").PostAsync(first);
        var mine = await secondForm.Set("Form.Name.En", "Collateral required (second)").Set("Form.MaxValue", "90").PostAsync(second);

        Assert.Equal(HttpStatusCode.Redirect, theirs.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, mine.StatusCode);
        var page = await HtmlDocument.ParseAsync(mine);
        var name = page.QuerySelectorAll(".conflict-table tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains("Name › English"));
        Assert.Equal("Collateral required (first)", name.QuerySelector("td.theirs")!.TextContent.Trim());
        Assert.Equal("Collateral required (second)", name.QuerySelector("td.yours")!.TextContent.Trim());
        var overwrite = ObservationsForm.From(page, "form.conflict-overwrite");
        Assert.Equal("Collateral required (second)", overwrite["Form.Name.En"]);
        Assert.Equal("Collateral required (first)", (await ObservationsData.IndicatorAsync(portal, "SME_COLLATERAL")).Name.En);

        var again = await overwrite.PostAsync(second);

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var saved = await ObservationsData.IndicatorAsync(portal, "SME_COLLATERAL");
        Assert.Equal(("Collateral required (second)", 90.0), (saved.Name.En, saved.MaxValue));
    }

    [Fact]
    public async Task AnUnknownIndicatorIsNotFound()
    {
        var client = await ObservationsSignIn.AsAsync(portal, ObservationsSignIn.Admin);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(ListPath + "/999999/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(ListPath + "/abc/edit")).StatusCode);
    }

    [Theory]
    [InlineData("focal")]
    [InlineData("reviewer")]
    public async Task OnlyAdministratorsMayOpenOrChangeTheCatalogue(string who)
    {
        var client = await ObservationsSignIn.AsAsync(portal, who == "focal" ? ObservationsSignIn.FocalBrazil : ObservationsSignIn.Reviewer);
        var count = await ObservationsData.QueryAsync(portal, db => db.Indicators.CountAsync());
        var form = Filled(ObservationsForm.Empty(), "SNEAKY_CODE")
            .Set("__RequestVerificationToken", await ObservationsSignIn.TokenAsync(client));

        var list = await client.GetAsync(ListPath);
        var create = await client.PostAsync(ListPath + "/new", form.Content());

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(count, await ObservationsData.QueryAsync(portal, db => db.Indicators.CountAsync()));
    }

    [Fact]
    public async Task AVisitorIsSentToSignIn()
    {
        var response = await ObservationsSignIn.Anonymous(portal).GetAsync(ListPath + "/new");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Identity/Account/Login", response.Headers.Location!.PathAndQuery);
    }
}
