using System.Net;
using ComunidadPyme.Core.Legal;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.Laws;

/// <summary>Edits saved through the database reach the library's index and pages at once.</summary>
public sealed class LawIndexUpdatesTests(LawLibraryPortal portal) : IClassFixture<LawLibraryPortal>
{
    [Fact]
    public async Task FindsAnInstrumentByTheTitleItWasJustGiven()
    {
        var client = portal.CreateClient();
        var statute = await portal.IdOfAsync("Ley 20.416");
        var before = await HtmlDocument.ParseAsync(await client.GetAsync("/es/laws?q=quinquenal"));
        Assert.Null(before.QuerySelector($"li[data-law-id='{statute}']"));

        await portal.WriteAsync(async db =>
        {
            var law = await db.LegalInstruments.SingleAsync(l => l.Id == statute);
            law.Title.Original = "Estatuto quinquenal de las empresas de menor tamaño";
            return await db.SaveChangesAsync();
        });

        var after = await HtmlDocument.ParseAsync(await client.GetAsync("/es/laws?q=quinquenal"));
        var hit = after.QuerySelector($"li[data-law-id='{statute}']");
        Assert.NotNull(hit);
        Assert.Contains("Estatuto quinquenal", hit.QuerySelector("h2")!.TextContent);
    }

    [Fact]
    public async Task DropsADeletedInstrumentFromTheResults()
    {
        var client = portal.CreateClient();
        var id = await portal.WriteAsync(async db =>
        {
            var chile = await db.Countries.SingleAsync(c => c.Iso2 == "CL");
            var law = new LegalInstrument
            {
                CountryId = chile.Id, Type = LegalInstrumentType.Decree, OfficialNumber = "Decreto 77",
                Title = Core.Common.TranslatableText.In("es", "Decreto efímero sobre zapaterías"),
            };
            db.LegalInstruments.Add(law);
            await db.SaveChangesAsync();
            return law.Id;
        });
        var found = await HtmlDocument.ParseAsync(await client.GetAsync("/es/laws?q=zapaterias"));
        Assert.NotNull(found.QuerySelector($"li[data-law-id='{id}']"));

        await portal.WriteAsync(async db =>
        {
            db.LegalInstruments.Remove(await db.LegalInstruments.SingleAsync(l => l.Id == id));
            return await db.SaveChangesAsync();
        });

        var gone = await HtmlDocument.ParseAsync(await client.GetAsync("/es/laws?q=zapaterias"));
        Assert.Null(gone.QuerySelector("li[data-law-id]"));
    }

    [Fact]
    public async Task StreamsTheStoredOfficialDocumentAsAnAttachment()
    {
        var client = portal.CreateClient();
        const string key = "0123456789abcdef0123456789abcdef";
        var folder = Path.Combine(portal.DataDirectory, "documents");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, key), "%PDF-1.4 sample");
        await portal.WriteAsync(async db =>
        {
            var law = await db.LegalInstruments.SingleAsync(l => l.Id == portal.RegulationId);
            law.DocumentStorageKey = key;
            law.DocumentFileName = "Ley 99.001.pdf";
            law.DocumentSizeBytes = 15;
            return await db.SaveChangesAsync();
        });

        var page = await HtmlDocument.ParseAsync(await client.GetAsync($"/en/laws/{portal.RegulationId}"));
        var response = await client.GetAsync($"/en/laws/{portal.RegulationId}/document");

        Assert.Equal($"/en/laws/{portal.RegulationId}/document", page.QuerySelector("a[href$='/document']")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("Ley 99.001.pdf", response.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("%PDF-1.4 sample", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RefusesAStorageKeyThatLeadsOutOfTheDataDirectory()
    {
        var client = portal.CreateClient();
        var id = await portal.IdOfAsync("Lei Complementar 155/2016");
        await portal.WriteAsync(async db =>
        {
            var law = await db.LegalInstruments.SingleAsync(l => l.Id == id);
            law.DocumentStorageKey = "../../../../etc/passwd";
            law.DocumentFileName = "passwd";
            return await db.SaveChangesAsync();
        });

        var response = await client.GetAsync($"/en/laws/{id}/document");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
