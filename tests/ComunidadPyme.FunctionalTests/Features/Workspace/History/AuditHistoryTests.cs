using System.Net;
using ComunidadPyme.Core.Auditing;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.History;

/// <summary>Every create, update and delete is in the audit trail; a record's history shows it and can restore a version.</summary>
public sealed class AuditHistoryTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string FocalPointBrazil = "focal.br@example.org";

    [Fact]
    public async Task CreateUpdateAndDeleteAreAuditedWithTheirFieldsAndAuthor()
    {
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);
        await client.PostFormAsync("/en/workspace/br/programmes/new", WorkspaceForms.Programme("Audited programme"));
        var programme = await portal.QueryAsync(db => db.SupportProgrammes.AsNoTracking().SingleAsync(p => p.Name.Original == "Audited programme"));
        await client.PostFormAsync($"/en/workspace/br/programmes/{programme.Id}/edit", WorkspaceForms.Programme("Audited programme, renamed", programme.Version));
        var version = await portal.VersionAsync<ComunidadPyme.Core.Programmes.SupportProgramme>(programme.Id);
        await client.PostFormAsync($"/en/workspace/br/programmes/{programme.Id}/delete", WorkspaceForms.Version(version));

        var entries = await EntriesAsync("SupportProgramme", programme.Id);
        Assert.Equal([AuditAction.Created, AuditAction.Updated, AuditAction.Deleted], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(FocalPointBrazil, e.UserName));
        Assert.All(entries, e => Assert.Equal(programme.CountryId, e.CountryId));
        Assert.Contains(entries[0].Changes, c => c.Field == "Name.Original" && c.OldValue == null && c.NewValue == "Audited programme");
        var rename = Assert.Single(entries[1].Changes, c => c.Field == "Name.Original");
        Assert.Equal(("Audited programme", "Audited programme, renamed"), (rename.OldValue, rename.NewValue));
        Assert.Contains(entries[2].Changes, c => c.Field == "Name.Original" && c.OldValue == "Audited programme, renamed" && c.NewValue == null);
    }

    [Fact]
    public async Task ThresholdChangesAreWrittenIntoTheDefinitionsHistory()
    {
        var definition = await portal.AddDefinitionAsync("BR");
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);
        var form = await WorkspacePages.FormFieldsAsync(await client.GetAsync($"/en/workspace/br/definitions/{definition.Id}/edit"));
        form["Form.Thresholds[0].MaxEmployees"] = "15";

        await client.PostFormAsync($"/en/workspace/br/definitions/{definition.Id}/edit", form);

        var update = (await EntriesAsync("MsmeDefinition", definition.Id)).Last();
        var change = Assert.Single(update.Changes, c => c.Field == "Thresholds");
        Assert.Contains("MaxEmployees: 10", change.OldValue);
        Assert.Contains("MaxEmployees: 15", change.NewValue);
    }

    [Fact]
    public async Task HistoryPageShowsEachChangeWithItsOldAndNewValue()
    {
        var institution = await portal.AddInstitutionAsync("BR", "Old name");
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);
        await client.PostFormAsync($"/en/workspace/br/institutions/{institution.Id}/edit", WorkspaceForms.Institution("New name", institution.Version));

        var page = await HtmlDocument.ParseAsync(await client.GetAsync($"/en/workspace/history/Institution/{institution.Id}"));

        var latest = page.QuerySelector(".history-entry")!;
        Assert.Equal("Updated", latest.GetAttribute("data-action"));
        Assert.Equal(FocalPointBrazil, latest.QuerySelector(".history-user")!.TextContent);
        var row = latest.QuerySelector(".history-change[data-field='Name.Original']")!;
        Assert.Equal("Old name", row.QuerySelector(".old-value")!.TextContent);
        Assert.Equal("New name", row.QuerySelector(".new-value")!.TextContent);
        Assert.Equal("Ministry unit", page.QuerySelector(".history-entry[data-action='Created'] .history-change[data-field='Kind'] .new-value")!.TextContent);
    }

    [Fact]
    public async Task RestoringAnEarlierVersionBringsBackItsValuesAndIsAudited()
    {
        var institution = await portal.AddInstitutionAsync("BR", "Name to bring back");
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);
        var edit = WorkspaceForms.Institution("Name that replaced it", institution.Version);
        edit["Form.Mandate.Original"] = "A mandate added later";
        await client.PostFormAsync($"/en/workspace/br/institutions/{institution.Id}/edit", edit);
        var history = await HtmlDocument.ParseAsync(await client.GetAsync($"/en/workspace/history/Institution/{institution.Id}"));
        var restore = history.QuerySelector(".history-entry[data-action='Created'] form")!;

        var response = await client.PostFormAsync(restore.GetAttribute("action")!, WorkspacePages.Fields(restore));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var restored = await portal.QueryAsync(db => db.Institutions.AsNoTracking().SingleAsync(i => i.Id == institution.Id));
        Assert.Equal("Name to bring back", restored.Name.Original);
        Assert.Null(restored.Mandate);
        var last = (await EntriesAsync("Institution", institution.Id)).Last();
        Assert.Equal(AuditAction.Restored, last.Action);
        Assert.Equal(FocalPointBrazil, last.UserName);
        Assert.Contains(last.Changes, c => c.Field == "Name.Original" && c.NewValue == "Name to bring back");
    }

    [Fact]
    public async Task RestoreAgainstAStaleVersionChangesNothing()
    {
        var institution = await portal.AddInstitutionAsync("BR", "Stale restore");
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);
        await client.PostFormAsync($"/en/workspace/br/institutions/{institution.Id}/edit", WorkspaceForms.Institution("Edited", institution.Version));
        var created = (await EntriesAsync("Institution", institution.Id)).First();

        await client.PostFormAsync($"/en/workspace/history/Institution/{institution.Id}/restore/{created.Id}", WorkspaceForms.Version(institution.Version));

        Assert.Equal("Edited", await portal.QueryAsync(db => db.Institutions.Where(i => i.Id == institution.Id).Select(i => i.Name.Original).SingleAsync()));
    }

    [Theory]
    [InlineData("POST", "/en/workspace/history/Institution/{0}")]
    [InlineData("DELETE", "/en/workspace/history/Institution/{0}")]
    [InlineData("PUT", "/en/workspace/history/Institution/{0}")]
    [InlineData("POST", "/en/workspace/history/Institution/{0}/delete")]
    [InlineData("POST", "/en/workspace/history/Institution/{0}/edit")]
    [InlineData("POST", "/en/workspace/history/Institution/{0}/entries/{1}/delete")]
    [InlineData("POST", "/en/workspace/history/AuditEntry/{1}")]
    [InlineData("POST", "/en/workspace/history/AuditEntry/{1}/restore/{1}")]
    [InlineData("POST", "/en/workspace/audit/{1}/delete")]
    [InlineData("POST", "/en/admin/audit/{1}/delete")]
    [InlineData("DELETE", "/en/admin/audit/{1}")]
    public async Task NoAddressChangesOrDeletesAuditEntries(string method, string template)
    {
        var institution = await portal.AddInstitutionAsync("BR", "Audit target");
        var entry = (await EntriesAsync("Institution", institution.Id)).Single();
        var total = await portal.QueryAsync(db => db.AuditEntries.CountAsync());
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Administrator);
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", await WorkspaceSignIn.TokenAsync(client)) };

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), string.Format(template, institution.Id, entry.Id))
        {
            Content = new FormUrlEncodedContent(fields),
        });

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed });
        Assert.Equal(total, await portal.QueryAsync(db => db.AuditEntries.CountAsync()));
        var unchanged = (await EntriesAsync("Institution", institution.Id)).Single();
        Assert.Equal(entry.Changes.Select(c => (c.Field, c.NewValue)), unchanged.Changes.Select(c => (c.Field, c.NewValue)));
    }

    [Fact]
    public async Task HistoryOfAnotherCountrysRecordIsForbidden()
    {
        var mexican = await portal.AddInstitutionAsync("MX");
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);

        var response = await client.GetAsync($"/en/workspace/history/Institution/{mexican.Id}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task HistoryOfADeletedRecordRemainsForItsCountry()
    {
        var focalPoint = await portal.AddFocalPointAsync("BR");
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);
        await client.PostFormAsync($"/en/workspace/br/focal-points/{focalPoint.Id}/delete", WorkspaceForms.Version(focalPoint.Version));

        var page = await HtmlDocument.ParseAsync(await client.GetAsync($"/en/workspace/history/FocalPoint/{focalPoint.Id}"));
        var mexico = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointMexico);

        Assert.Equal("Deleted", page.QuerySelector(".history-entry")!.GetAttribute("data-action"));
        Assert.Empty(page.QuerySelectorAll(".history-entry form"));
        Assert.Equal(HttpStatusCode.Forbidden, (await mexico.GetAsync($"/en/workspace/history/FocalPoint/{focalPoint.Id}")).StatusCode);
    }

    private Task<List<AuditEntry>> EntriesAsync(string type, int id) =>
        portal.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == type && a.EntityKey == id.ToString())
            .OrderBy(a => a.Id)
            .ToListAsync());
}
