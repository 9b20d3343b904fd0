using System.Net;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.Institutions;

/// <summary>
/// Bad input on the institution form gets its message next to the field, in the reader's language, and what was
/// typed stays; odd but valid text is saved as typed and shown encoded.
/// </summary>
public sealed class InstitutionFormValidationTests(PortalFactory portal) : IClassFixture<PortalFactory>
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
}
