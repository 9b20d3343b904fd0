using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ComunidadPyme.FunctionalTests.Support;
using ComunidadPyme.Web.Features.Workspace.Laws;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.Laws;

/// <summary>The official PDF of a law: checked by content and size, kept outside the web root, downloaded by those who may read the country.</summary>
public sealed class LawDocumentsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly byte[] s_pdf = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n" +
        "trailer << /Root 1 0 R >>\n%%EOF\n");

    private static readonly byte[] s_png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    [Fact]
    public async Task ARealPdfIsStoredOutsideTheWebRootAndDownloadable()
    {
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);

        var response = await PostLawAsync(client, "Law with its official text", s_pdf, "../../lei oficial.pdf");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var law = await portal.QueryAsync(db => db.LegalInstruments.AsNoTracking().SingleAsync(l => l.Title.Original == "Law with its official text"));
        Assert.Equal("lei oficial.pdf", law.DocumentFileName);
        Assert.Equal(s_pdf.Length, law.DocumentSizeBytes);
        Assert.Matches("^[0-9a-f]{32}$", law.DocumentStorageKey);
        var stored = Path.Combine(portal.DataDirectory, "documents", law.DocumentStorageKey!);
        Assert.Equal(s_pdf, await File.ReadAllBytesAsync(stored));
        Assert.DoesNotContain("wwwroot", Path.GetFullPath(stored));

        var download = await client.GetAsync($"/en/workspace/br/laws/{law.Id}/document");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(s_pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData(WorkspaceUser.FocalPointMexico, HttpStatusCode.Forbidden)]
    [InlineData(WorkspaceUser.Reviewer, HttpStatusCode.OK)]
    [InlineData(WorkspaceUser.Anonymous, HttpStatusCode.Redirect)]
    [InlineData(WorkspaceUser.Administrator, HttpStatusCode.OK)]
    public async Task OnlyPeopleWhoMayReadTheCountryDownloadItFromTheWorkspace(WorkspaceUser user, HttpStatusCode expected)
    {
        var owner = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);
        var title = $"Guarded law {user}";
        await PostLawAsync(owner, title, s_pdf, "guarded.pdf");
        var id = await portal.QueryAsync(db => db.LegalInstruments.Where(l => l.Title.Original == title).Select(l => l.Id).SingleAsync());
        var client = await WorkspaceSignIn.ClientAsync(portal, user);

        var response = await client.GetAsync($"/en/workspace/br/laws/{id}/document");

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("en", "The file is not a PDF document.")]
    [InlineData("es", "El archivo no es un documento PDF.")]
    public async Task APictureRenamedToPdfIsRefused(string lang, string message)
    {
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);

        var response = await PostLawAsync(client, $"Law with a picture {lang}", s_png, "scan.pdf", lang);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, WorkspacePages.ErrorFor(await HtmlDocument.ParseAsync(response), "Form.Document"));
        Assert.False(await portal.QueryAsync(db => db.LegalInstruments.AnyAsync(l => l.Title.Original == $"Law with a picture {lang}")));
    }

    [Fact]
    public async Task AFileOverTheLimitIsRefused()
    {
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);
        var large = new byte[(20 * 1024 * 1024) + 1];
        s_pdf.CopyTo(large, 0);

        var response = await PostLawAsync(client, "Law with a huge file", large, "huge.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("The file is larger than 20 MB.", WorkspacePages.ErrorFor(await HtmlDocument.ParseAsync(response), "Form.Document"));
        Assert.False(await portal.QueryAsync(db => db.LegalInstruments.AnyAsync(l => l.Title.Original == "Law with a huge file")));
    }

    [Fact]
    public async Task ARequestOverTheLimitGetsTheFormBackWithTheSameMessage()
    {
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);
        var huge = new byte[26 * 1024 * 1024];
        s_pdf.CopyTo(huge, 0);
        Assert.True(huge.Length > LawDocumentRules.MaxRequestBytes);

        var response = await PostLawAsync(client, "Law with a file over the request limit", huge, "huge.pdf", "es");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocument.ParseAsync(response);
        Assert.Equal("El archivo supera los 20 MB.", WorkspacePages.ErrorFor(page, "Form.Document"));
        Assert.Equal("Law with a file over the request limit", page.QuerySelector("textarea[name='Form.Title.Original']")?.TextContent.Trim());
        Assert.False(await portal.QueryAsync(db => db.LegalInstruments.AnyAsync(l => l.Title.Original == "Law with a file over the request limit")));
    }

    [Fact]
    public async Task RemovingTheDocumentKeepsTheFileForTheHistory()
    {
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);
        await PostLawAsync(client, "Law whose text is withdrawn", s_pdf, "withdrawn.pdf");
        var law = await portal.QueryAsync(db => db.LegalInstruments.AsNoTracking().SingleAsync(l => l.Title.Original == "Law whose text is withdrawn"));
        var form = await WorkspacePages.FormFieldsAsync(await client.GetAsync($"/en/workspace/br/laws/{law.Id}/edit"));
        form["Form.RemoveDocument"] = "true";

        await client.PostFormAsync($"/en/workspace/br/laws/{law.Id}/edit", form);

        Assert.Null(await portal.QueryAsync(db => db.LegalInstruments.Where(l => l.Id == law.Id).Select(l => l.DocumentStorageKey).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/en/workspace/br/laws/{law.Id}/document")).StatusCode);
        Assert.True(File.Exists(Path.Combine(portal.DataDirectory, "documents", law.DocumentStorageKey!)));
    }

    private static async Task<HttpResponseMessage> PostLawAsync(HttpClient client, string title, byte[] file, string fileName, string lang = "en")
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in WorkspaceForms.Law(title))
        {
            content.Add(new StringContent(value), name);
        }

        content.Add(new StringContent(await WorkspaceSignIn.TokenAsync(client)), "__RequestVerificationToken");
        var document = new ByteArrayContent(file);
        document.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(document, "Form.Document", fileName);
        return await client.PostAsync($"/{lang}/workspace/br/laws/new", content);
    }
}
