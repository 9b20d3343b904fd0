using System.Text;
using System.Text.RegularExpressions;
using ComunidadPyme.BrowserTests.Support;
using Microsoft.Playwright;

namespace ComunidadPyme.BrowserTests.Features.Workspace.Observations.Import;

/// <summary>
/// Brazil's focal point imports a file of figures through the page; a file too large never leaves the browser.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ObservationImportInBrowserTests(BrowserPortal portal)
{
    private static readonly int s_thisYear = DateTime.UtcNow.Year;

    [SkippableTheory]
    [InlineData("en", "SME_LOAN_SHARE,{0},21.5,provisional,Banco Central do Brasil", "Check the import: Brazil", "Values to add: 1", "Confirm import", "Imported. Added: 1; changed: 0; left as they were: 0.")]
    [InlineData("es", "SME_NPL_RATIO;{0};3,25;final;Banco Central do Brasil", "Revise la importación: Brasil", "Valores por agregar: 1", "Confirmar la importación", "Importado. Agregados: 1; modificados: 0; sin cambios: 0.")]
    public async Task ImportsAFileThroughThePage(string lang, string row, string heading, string added, string confirm, string imported)
    {
        var page = await portal.SignedInAsFocalPointForBrazilAsync();
        await page.GotoAsync($"{portal.BaseAddress}/{lang}/workspace/br/import");
        var separator = row.Contains(';') ? ";" : ",";
        var csv = string.Join(separator, "indicator_code", "year", "value", "status", "source_note") + "\n" + string.Format(row, s_thisYear) + "\n";

        await page.SetInputFilesAsync("#import-file", new FilePayload { Name = "values.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        var upload = page.WaitForRequestAsync(request => request.Method == "POST" && request.ResourceType == "xhr");
        await page.Locator("#import-form button[type=submit]").ClickAsync();

        // The file went up by XMLHttpRequest, the path that shows upload progress.
        await upload;

        await page.WaitForURLAsync(PreviewAddress());
        Assert.Equal(heading, (await page.Locator("h1").TextContentAsync())?.Trim());
        Assert.Equal(added, (await page.Locator("[data-count=added]").TextContentAsync())?.Trim());
        await page.GetByRole(AriaRole.Button, new() { Name = confirm }).ClickAsync();

        await Assertions.Expect(page.Locator("#import-message")).ToContainTextAsync(imported);
        Assert.EndsWith($"/{lang}/workspace/br/import", page.Url);
    }

    [SkippableFact]
    public async Task RefusesAFileOverTenMegabytesBeforeUploadingIt()
    {
        var page = await portal.SignedInAsFocalPointForBrazilAsync();
        await page.GotoAsync($"{portal.BaseAddress}/en/workspace/br/import");
        var posts = 0;
        page.Request += (_, request) => posts += request.Method == "POST" ? 1 : 0;

        await page.SetInputFilesAsync("#import-file", new FilePayload { Name = "big.csv", MimeType = "text/csv", Buffer = new byte[11 * 1024 * 1024] });
        await page.Locator("#import-form button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator(".import-progress [role=status]")).ToContainTextAsync("The file is larger than 10 MB and was not imported.");
        Assert.Equal(0, posts);
    }

    [GeneratedRegex("/import/[0-9a-f]{32}$")]
    private static partial Regex PreviewAddress();
}
