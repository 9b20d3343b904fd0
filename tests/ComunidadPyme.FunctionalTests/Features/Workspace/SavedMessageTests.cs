using System.Net;
using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Principles;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.Workspace;

/// <summary>After a save or a delete, the list says what happened, once: the status message every editor shares.</summary>
public sealed class SavedMessageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ACountryRecordSaveIsConfirmedOnceOnItsSection()
    {
        var institution = await portal.AddInstitutionAsync("BR", "Named before");
        var editUrl = $"/en/workspace/br/institutions/{institution.Id}/edit";
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);
        var form = await WorkspacePages.FormFieldsAsync(await client.GetAsync(editUrl));
        form["Form.Name.Original"] = "Named after";

        var response = await client.PostFormAsync(editUrl, form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/en/workspace/br/institutions", response.Headers.Location!.OriginalString);
        var list = await HtmlDocument.ParseAsync(await client.GetAsync(response.Headers.Location));
        Assert.Equal("Saved. The public pages show the change now.", list.QuerySelector("[role=status]")?.TextContent.Trim());
        Assert.Contains("Named after", list.QuerySelector("main")!.TextContent);
        var again = await HtmlDocument.ParseAsync(await client.GetAsync(response.Headers.Location));
        Assert.Null(again.QuerySelector(".status-message"));
    }

    [Fact]
    public async Task ANewCycleIsConfirmedOnceInTheAdministratorsLanguage()
    {
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Administrator);

        var response = await client.PostFormAsync("/es/admin/cycles/new", new Dictionary<string, string>
        {
            ["Form.Name.En"] = "Towards the VII Dialogue",
            ["Form.OpensOn"] = "2032-01-01",
            ["Form.SubmissionDeadline"] = "2032-12-31",
            ["Form.Status"] = "Planned",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await HtmlDocument.ParseAsync(await client.GetAsync(response.Headers.Location));
        Assert.Equal("Guardado. Las páginas públicas ya muestran el cambio.", list.QuerySelector("[role=status]")?.TextContent.Trim());
        Assert.Contains("Towards the VII Dialogue", list.QuerySelector("main")!.TextContent);
        var again = await HtmlDocument.ParseAsync(await client.GetAsync(response.Headers.Location));
        Assert.Null(again.QuerySelector(".status-message"));
    }

    [Fact]
    public async Task ADeletedCycleIsConfirmedOnce()
    {
        var cycle = await portal.AddAsync(new ReportingCycle
        {
            Name = LocalizedText.Of("Cycle to delete"),
            OpensOn = new DateOnly(2033, 1, 1),
            SubmissionDeadline = new DateOnly(2033, 6, 30),
        });
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Administrator);

        var response = await client.PostFormAsync($"/en/admin/cycles/{cycle.Id}/delete", WorkspaceForms.Version(cycle.Version));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await HtmlDocument.ParseAsync(await client.GetAsync(response.Headers.Location));
        Assert.Equal("Deleted.", list.QuerySelector("[role=status]")?.TextContent.Trim());
        Assert.False(await portal.QueryAsync(db => db.ReportingCycles.AnyAsync(c => c.Id == cycle.Id)));
        Assert.Null((await HtmlDocument.ParseAsync(await client.GetAsync(response.Headers.Location))).QuerySelector(".status-message"));
    }
}
