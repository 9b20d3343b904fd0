using System.Net;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.Common;

/// <summary>Two people editing the same record: the second save shows both versions and overwrites nothing until asked.</summary>
public sealed class EditConflictsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task SecondSaveOfTheSameVersionShowsBothVersionsAndKeepsTheFirst()
    {
        var institution = await portal.AddInstitutionAsync("BR", "Original name");
        var editUrl = $"/en/workspace/br/institutions/{institution.Id}/edit";
        var first = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);
        var second = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Administrator);
        var firstForm = await WorkspacePages.FormFieldsAsync(await first.GetAsync(editUrl));
        var secondForm = await WorkspacePages.FormFieldsAsync(await second.GetAsync(editUrl));

        firstForm["Form.Name.Original"] = "Name saved first";
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync(editUrl, firstForm)).StatusCode);
        secondForm["Form.Name.Original"] = "Name typed second";
        var conflict = await second.PostFormAsync(editUrl, secondForm);

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var page = await HtmlDocument.ParseAsync(conflict);
        var nameRow = page.QuerySelectorAll(".conflict-table tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent.Contains("Original text") && r.QuerySelector("td.theirs")!.TextContent.Contains("Name saved first"));
        Assert.Equal("Name typed second", nameRow.QuerySelector("td.yours")!.TextContent.Trim());
        Assert.Contains("differs", nameRow.ClassName);
        Assert.Contains("focal.br@example.org", page.QuerySelector("main")!.TextContent);
        Assert.Equal("Name saved first", await NameAsync(institution.Id));
    }

    [Fact]
    public async Task OverwriteWithMineSavesTheSecondVersionAgainstTheCurrentOne()
    {
        var institution = await portal.AddInstitutionAsync("BR", "Before");
        var editUrl = $"/en/workspace/br/institutions/{institution.Id}/edit";
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);
        var stale = await WorkspacePages.FormFieldsAsync(await client.GetAsync(editUrl));
        var fresh = new Dictionary<string, string>(stale) { ["Form.Name.Original"] = "Saved by someone else" };
        await client.PostFormAsync(editUrl, fresh);

        stale["Form.Name.Original"] = "Mine after all";
        stale["Form.Acronym"] = "MINE";
        var conflict = await client.PostFormAsync(editUrl, stale);
        var overwrite = (await HtmlDocument.ParseAsync(conflict)).QuerySelector("form.conflict-overwrite")!;
        var response = await client.PostFormAsync(overwrite.GetAttribute("action")!, WorkspacePages.Fields(overwrite));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Mine after all", await NameAsync(institution.Id));
        Assert.Equal("MINE", await portal.QueryAsync(db => db.Institutions.Where(i => i.Id == institution.Id).Select(i => i.Acronym).SingleAsync()));
    }

    [Fact]
    public async Task KeepTheirsReopensTheFormWithTheSavedValues()
    {
        var institution = await portal.AddInstitutionAsync("BR", "Kept");
        var editUrl = $"/en/workspace/br/institutions/{institution.Id}/edit";
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);
        var stale = await WorkspacePages.FormFieldsAsync(await client.GetAsync(editUrl));
        await client.PostFormAsync(editUrl, new Dictionary<string, string>(stale) { ["Form.Name.Original"] = "Theirs" });

        var conflict = await HtmlDocument.ParseAsync(await client.PostFormAsync(editUrl, new Dictionary<string, string>(stale) { ["Form.Name.Original"] = "Mine" }));
        var keepTheirs = conflict.QuerySelectorAll("a").Single(a => a.TextContent.Contains("Keep theirs")).GetAttribute("href")!;
        var reopened = await WorkspacePages.FormFieldsAsync(await client.GetAsync(keepTheirs));

        Assert.Equal("Theirs", reopened["Form.Name.Original"]);
        Assert.NotEqual(stale["Form.Version"], reopened["Form.Version"]);
    }

    [Fact]
    public async Task ThresholdChangesAreCheckedAgainstTheLoadedVersionToo()
    {
        var definition = await portal.AddDefinitionAsync("BR");
        var editUrl = $"/en/workspace/br/definitions/{definition.Id}/edit";
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);
        var first = await WorkspacePages.FormFieldsAsync(await client.GetAsync(editUrl));
        var second = new Dictionary<string, string>(first);

        first["Form.Thresholds[0].MaxEmployees"] = "9";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(editUrl, first)).StatusCode);
        second["Form.Thresholds[0].MaxEmployees"] = "12";
        var response = await client.PostFormAsync(editUrl, second);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var saved = await portal.QueryAsync(db => db.SizeThresholds.Where(t => t.DefinitionId == definition.Id).Select(t => t.MaxEmployees).SingleAsync());
        Assert.Equal(9, saved);
    }

    [Fact]
    public async Task StaleDeleteIsRefusedAndAsksToCheckAgain()
    {
        var focalPoint = await portal.AddFocalPointAsync("BR");
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);
        var staleVersion = focalPoint.Version;
        await portal.QueryAsync(async db =>
        {
            (await db.FocalPoints.SingleAsync(f => f.Id == focalPoint.Id)).Position = "Changed meanwhile";
            return await db.SaveChangesAsync();
        });

        var response = await client.PostFormAsync($"/en/workspace/br/focal-points/{focalPoint.Id}/delete", WorkspaceForms.Version(staleVersion));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Someone changed this record", (await HtmlDocument.ParseAsync(response)).QuerySelector("main")!.TextContent);
        Assert.True(await portal.QueryAsync(db => db.FocalPoints.AnyAsync(f => f.Id == focalPoint.Id)));
    }

    private Task<string> NameAsync(int institutionId) =>
        portal.QueryAsync(db => db.Institutions.Where(i => i.Id == institutionId).Select(i => i.Name.Original).SingleAsync());
}
