using System.Net;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.Common;

/// <summary>
/// Validation judges the text that will be stored, after HTML, scripts and invisible characters are removed:
/// a text with nothing left is refused with a message, and nothing is written.
/// </summary>
public sealed class StoredTextValidationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string NothingLeft = "Nothing is left of this text once formatting and scripts are removed.";

    public static TheoryData<string> MarkupOnly =>
    [
        "<script>alert(1)</script>",
        "<svg onload=alert(1)>everything after an unclosed svg",
        "<math><mi>x</mi>",
        "<noscript>swallowed text",
        "<style>body{}</style>",
        "<iframe src=https://example.org></iframe>",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "<p> </p><br>\u200B",
    ];

    [Theory]
    [MemberData(nameof(MarkupOnly))]
    public async Task LawSummaryThatIsOnlyMarkupIsRefusedAndNoLawIsWritten(string summary)
    {
        var title = $"Markup-only summary {Guid.NewGuid():N}";
        var form = WorkspaceForms.Law(title);
        form["Form.Summary.Original"] = summary;
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);

        var response = await client.PostFormAsync("/en/workspace/br/laws/new", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocument.ParseAsync(response);
        Assert.Contains(NothingLeft, page.QuerySelector("[data-valmsg-for='Form.Summary.Original']")!.TextContent);
        Assert.False(await portal.QueryAsync(db => db.LegalInstruments.AnyAsync(l => l.Title.Original == title)));
    }

    [Theory]
    [InlineData("es", "No queda nada de este texto")]
    [InlineData("pt", "Não resta nada deste texto")]
    [InlineData("fr", "Il ne reste rien de ce texte")]
    public async Task TheMessageIsInThePageLanguage(string language, string expected)
    {
        var form = WorkspaceForms.Programme($"Programme {language} {Guid.NewGuid():N}");
        form["Form.Description.Original"] = "<script>alert(1)</script>";
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);

        var response = await client.PostFormAsync($"/{language}/workspace/br/programmes/new", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, (await HtmlDocument.ParseAsync(response)).QuerySelector("[data-valmsg-for='Form.Description.Original']")!.TextContent);
    }

    public static TheoryData<string, string, string> RichFields => new()
    {
        { "institutions/new", "Form.Mandate", "institution" },
        { "programmes/new", "Form.Description", "programme" },
        { "definitions/new", "Form.Notes", "definition" },
        { "progress/new", "Form.Narrative", "progress" },
    };

    [Theory]
    [MemberData(nameof(RichFields))]
    public async Task EveryRichTextFieldRefusesATextThatIsOnlyMarkup(string path, string field, string kind)
    {
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);
        var name = $"Only markup {Guid.NewGuid():N}";
        var form = kind switch
        {
            "institution" => WorkspaceForms.Institution(name),
            "programme" => WorkspaceForms.Programme(name),
            "definition" => WorkspaceForms.Definition(name),
            _ => await ProgressFormAsync(),
        };
        form[$"{field}.Original"] = "<svg onload=alert(1)>";
        form[$"{field}.Language"] = "en";
        var before = await CountRecordsAsync();

        var response = await client.PostFormAsync($"/en/workspace/br/{path}", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(NothingLeft, (await HtmlDocument.ParseAsync(response)).QuerySelector($"[data-valmsg-for='{field}.Original']")!.TextContent);
        Assert.Equal(before, await CountRecordsAsync());
    }

    [Fact]
    public async Task ATranslationThatIsOnlyMarkupIsRefused()
    {
        var form = WorkspaceForms.Law($"Translated law {Guid.NewGuid():N}");
        form["Form.Summary.Original"] = "A real summary.";
        form["Form.Summary.Es"] = "<script>alert(1)</script>";
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);

        var response = await client.PostFormAsync("/en/workspace/br/laws/new", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(NothingLeft, (await HtmlDocument.ParseAsync(response)).QuerySelector("[data-valmsg-for='Form.Summary.Es']")!.TextContent);
    }

    [Theory]
    [InlineData("\u200B\u202E \u2066")]
    [InlineData("\u0001\u0002\u0007")]
    [InlineData("\u00A0\t\n")]
    public async Task ARequiredNameOfInvisibleCharactersIsRequiredAgain(string name)
    {
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);
        var before = await CountRecordsAsync();

        var response = await client.PostFormAsync("/en/workspace/br/institutions/new", WorkspaceForms.Institution(name));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This field is required.", (await HtmlDocument.ParseAsync(response)).QuerySelector("[data-valmsg-for='Form.Name.Original']")!.TextContent);
        Assert.Equal(before, await CountRecordsAsync());
    }

    [Fact]
    public async Task ControlCharactersAndDirectionOverridesAreRemovedAndEmojiKept()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);

        var response = await client.PostFormAsync("/en/workspace/br/institutions/new",
            WorkspaceForms.Institution($"Agência\u0001 {marker}\u202E gnitset\u0007 👩🏽‍💼"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await portal.QueryAsync(db => db.Institutions.AsNoTracking()
            .Where(i => i.Name.Original.Contains(marker)).Select(i => i.Name.Original).SingleAsync());
        Assert.Equal($"Agência {marker} gnitset 👩🏽‍💼", stored);
    }

    [Fact]
    public async Task AFormWithANullByteIsRefusedWithAPageInTheReadersLanguageAndNothingIsWritten()
    {
        // The form reader itself refuses %00 (no browser sends it); the refusal must still be a readable page.
        var marker = Guid.NewGuid().ToString("N");
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);

        var response = await client.PostFormAsync("/es/workspace/br/institutions/new", WorkspaceForms.Institution($"Agencia\u0000{marker}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlDocument.ParseAsync(response);
        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("main")?.TextContent));
        Assert.False(await portal.QueryAsync(db => db.Institutions.AnyAsync(i => i.Name.Original.Contains(marker))));
    }

    private async Task<Dictionary<string, string>> ProgressFormAsync()
    {
        var (principleId, cycleId) = await portal.FreePrincipleAsync("BR");
        return WorkspaceForms.Progress("placeholder", principleId: principleId, cycleId: cycleId);
    }

    private Task<int> CountRecordsAsync() => portal.QueryAsync(async db =>
        await db.Institutions.CountAsync() + await db.SupportProgrammes.CountAsync()
        + await db.MsmeDefinitions.CountAsync() + await db.ProgressReports.CountAsync() + await db.LegalInstruments.CountAsync());
}
