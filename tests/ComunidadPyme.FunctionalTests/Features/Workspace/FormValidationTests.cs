using System.Net;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.Workspace;

/// <summary>Bad input gets its message next to the field, in the reader's language, and what was typed stays.</summary>
public sealed class FormValidationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    public static TheoryData<string, string, string, string, string> InvalidInstitutions() => new()
    {
        { "en", "Form.Name.Original", "", "Form.Name.Original", "This field is required." },
        { "es", "Form.Name.Original", "", "Form.Name.Original", "Este campo es obligatorio." },
        { "pt", "Form.Name.Original", "", "Form.Name.Original", "Este campo é obrigatório." },
        { "fr", "Form.Name.Original", "", "Form.Name.Original", "Ce champ est obligatoire." },
        { "en", "Form.Name.Original", new string('x', 301), "Form.Name.Original", "Use at most 300 characters." },
        { "es", "Form.Acronym", new string('A', 41), "Form.Acronym", "Use como máximo 40 caracteres." },
        { "en", "Form.WebsiteUrl", "www.example.org", "Form.WebsiteUrl", "Enter a full address starting with http:// or https://." },
        { "en", "Form.WebsiteUrl", "javascript:alert(1)", "Form.WebsiteUrl", "Enter a full address starting with http:// or https://." },
        { "es", "Form.WebsiteUrl", "ftp://example.org/file", "Form.WebsiteUrl", "Introduzca una dirección completa que empiece por http:// o https://." },
        { "en", "Form.Kind", "NoSuchKind", "Form.Kind", "“NoSuchKind” is not a valid value." },
        { "en", "Form.Kind", "999", "Form.Kind", "“999” is not a valid value." },
        { "fr", "Form.Kind", "", "Form.Kind", "Choisissez l'une des options." },
        { "en", "Form.Name.Language", "xx-not-a-language", "Form.Name.Language", "Choose the language of the original text." },
        { "en", "Form.Mandate.Original", "See [this](javascript:alert(1))", "Form.Mandate.Original", "Links in the text must start with http:// or https://." },
    };

    [Theory]
    [MemberData(nameof(InvalidInstitutions))]
    public async Task InvalidInstitutionGetsTheMessageNextToTheField(string lang, string field, string value, string errorField, string message)
    {
        var form = WorkspaceForms.Institution("Agency with a problem");
        form["Form.Acronym"] = "KEEP-ME";
        form[field] = value;
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);

        var response = await client.PostFormAsync($"/{lang}/workspace/br/institutions/new", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocument.ParseAsync(response);
        Assert.Equal(message, WorkspacePages.ErrorFor(page, errorField));
        Assert.Equal(field == "Form.Acronym" ? value : "KEEP-ME", page.QuerySelector("input[name='Form.Acronym']")!.GetAttribute("value"));
        Assert.False(await portal.QueryAsync(db => db.Institutions.AnyAsync(i => i.Acronym == "KEEP-ME")));
    }

    [Theory]
    [InlineData("en", "The end date must be on or after the start date.")]
    [InlineData("es", "La fecha de fin debe ser igual o posterior a la fecha de inicio.")]
    public async Task ProgrammeEndingBeforeItStartsIsRefused(string lang, string message)
    {
        var form = WorkspaceForms.Programme("Backwards programme");
        form["Form.StartsOn"] = "2025-06-01";
        form["Form.EndsOn"] = "2024-06-01";
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);

        var response = await client.PostFormAsync($"/{lang}/workspace/br/programmes/new", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocument.ParseAsync(response);
        Assert.Equal(message, WorkspacePages.ErrorFor(page, "Form.EndsOn"));
        Assert.Equal("2024-06-01", page.QuerySelector("input[name='Form.EndsOn']")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("Form.Thresholds[0].MaxEmployees", "many", "Form.Thresholds[0].MaxEmployees", "“many” is not a valid value.")]
    [InlineData("Form.Thresholds[0].MaxEmployees", "-5", "Form.Thresholds[0].MaxEmployees", "Enter zero or a positive number.")]
    [InlineData("Form.Thresholds[1].SizeClass", "Micro", "Form.Thresholds[1].SizeClass", "This size class already has thresholds for the same sector.")]
    [InlineData("Form.ValidFrom", "2024-13-45", "Form.ValidFrom", "“2024-13-45” is not a valid value.")]
    [InlineData("Form.ValidFrom", "0001-01-01", "Form.ValidFrom", "Enter a date between 1800 and 2100.")]
    [InlineData("Form.Method", "WeightedScore", "Form.EmployeeWeight", "A weighted score needs both weights.")]
    [InlineData("Form.LegalSource", "", "Form.LegalSource", "This field is required.")]
    public async Task InvalidDefinitionGetsTheMessageNextToTheField(string field, string value, string errorField, string message)
    {
        var form = WorkspaceForms.Definition("Definition with a problem");
        form[field] = value;
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);

        var response = await client.PostFormAsync("/en/workspace/br/definitions/new", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, WorkspacePages.ErrorFor(await HtmlDocument.ParseAsync(response), errorField));
        Assert.False(await portal.QueryAsync(db => db.MsmeDefinitions.AnyAsync(d => d.Title.Original == "Definition with a problem")));
    }

    [Fact]
    public async Task DefinitionWithoutAnyThresholdIsRefused()
    {
        var form = WorkspaceForms.Definition("No thresholds");
        foreach (var key in form.Keys.Where(k => k.StartsWith("Form.Thresholds", StringComparison.Ordinal)).ToList())
        {
            form.Remove(key);
        }

        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);
        var response = await client.PostFormAsync("/en/workspace/br/definitions/new", form);

        Assert.Equal("Add at least one threshold.", WorkspacePages.ErrorFor(await HtmlDocument.ParseAsync(response), "Form.Thresholds"));
    }

    [Theory]
    [InlineData("Form.Email", "not-an-address", "Enter an e-mail address such as name@example.org.")]
    [InlineData("Form.Phone", "<script>", "Use digits, spaces and + ( ) - . / only.")]
    [InlineData("Form.FullName", "   ", "This field is required.")]
    public async Task InvalidFocalPointGetsTheMessageNextToTheField(string field, string value, string message)
    {
        var form = WorkspaceForms.FocalPoint("Person with a problem");
        form[field] = value;
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);

        var response = await client.PostFormAsync("/en/workspace/br/focal-points/new", form);

        Assert.Equal(message, WorkspacePages.ErrorFor(await HtmlDocument.ParseAsync(response), field));
    }

    [Fact]
    public async Task EvidenceWithoutAFullAddressIsRefused()
    {
        var (principleId, cycleId) = await portal.FreePrincipleAsync("BR");
        var form = WorkspaceForms.Progress("Narrative", principleId: principleId, cycleId: cycleId);
        form["Form.Evidence[0].Title"] = "Official gazette";
        form["Form.Evidence[0].Url"] = "gazette.example.org";
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);

        var response = await client.PostFormAsync("/es/workspace/br/progress/new", form);

        Assert.Equal("Introduzca una dirección completa que empiece por http:// o https://.",
            WorkspacePages.ErrorFor(await HtmlDocument.ParseAsync(response), "Form.Evidence[0].Url"));
    }

    [Fact]
    public async Task HostileButValidTextIsSavedAsTypedAndShownEncoded()
    {
        const string name = "O'Brien & \"Sons\" <b>%_*</b>'; DROP TABLE Institutions; --";
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);

        var response = await client.PostFormAsync("/en/workspace/br/institutions/new", WorkspaceForms.Institution(name));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await portal.QueryAsync(db => db.Institutions.AnyAsync(i => i.Name.Original == name)));
        var list = await HtmlDocument.ParseAsync(await client.GetAsync("/en/workspace/br/institutions"));
        Assert.Contains(name, list.QuerySelector("main")!.TextContent);
        Assert.Empty(list.QuerySelectorAll("main td b"));
    }

    [Fact]
    public async Task AVeryLongTextGetsAMessageNotAnError()
    {
        var form = WorkspaceForms.Law("Law with an endless summary");
        form["Form.Summary.Original"] = new string('a', 100_000);
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);

        var response = await client.PostFormAsync("/en/workspace/br/laws/new", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Use at most 8,000 characters.", WorkspacePages.ErrorFor(await HtmlDocument.ParseAsync(response), "Form.Summary.Original"));
    }

    [Theory]
    [InlineData("/en/workspace/zz/institutions")]
    [InlineData("/en/workspace/br/institutions/999999/edit")]
    [InlineData("/en/workspace/br/institutions/abc/edit")]
    [InlineData("/en/workspace/br/confirm/nonsense")]
    [InlineData("/en/workspace/history/NoSuchType/1")]
    [InlineData("/en/workspace/history/Institution/999999")]
    public async Task UnknownAddressesAreNotFound(string url)
    {
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Administrator);

        var response = url.Contains("/confirm/", StringComparison.Ordinal)
            ? await client.PostFormAsync(url, [])
            : await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
