using ComunidadPyme.BrowserTests.Support;
using Microsoft.Playwright;

namespace ComunidadPyme.BrowserTests.Features.Workspace.Observations.Grid;

/// <summary>Brazil's focal point keeps the figures current in the grid.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ObservationGridInBrowserTests(BrowserPortal portal)
{
    private static readonly int s_thisYear = DateTime.UtcNow.Year;

    [SkippableTheory]
    [InlineData("en", "MSME density", "61.5", "Source", "Save changes", "Saved. Added: 1; changed: 0; deleted: 0.")]
    [InlineData("es", "Proporción de microempresas", "88,5", "Fuente", "Guardar cambios", "Guardado. Agregados: 1; modificados: 0; eliminados: 0.")]
    public async Task EditsACellAndSeesTheNewValue(string lang, string indicator, string value, string source, string save, string saved)
    {
        var page = await portal.SignedInAsFocalPointForBrazilAsync();
        await page.GotoAsync($"{portal.BaseAddress}/{lang}/workspace/br/observations");
        var cell = page.Locator("td.obs-cell").Filter(new() { Has = page.GetByLabel($"{indicator}, {s_thisYear}", new() { Exact = true }) });

        await page.GetByLabel($"{indicator}, {s_thisYear}", new() { Exact = true }).FillAsync(value);
        await cell.Locator("summary").ClickAsync();
        await page.GetByLabel($"{source}: {indicator}, {s_thisYear}", new() { Exact = true }).FillAsync("IBGE");
        await page.GetByRole(AriaRole.Button, new() { Name = save }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(saved);
        Assert.Equal(lang, await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(value, await page.GetByLabel($"{indicator}, {s_thisYear}", new() { Exact = true }).InputValueAsync());
    }
}
