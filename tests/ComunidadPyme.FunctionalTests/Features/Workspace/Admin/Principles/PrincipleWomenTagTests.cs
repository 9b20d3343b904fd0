using System.Net;
using ComunidadPyme.Core.Principles;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.Admin.Principles;

[Collection(PortalCollection.Name)]
public sealed class PrincipleWomenTagTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AnAdministratorTagsAPrincipleForWomenEntrepreneurs()
    {
        var principle = await portal.QueryAsync(db => db.Principles.AsNoTracking()
            .SingleAsync(p => p.Kind == PrincipleKind.Principle && p.Number == 3));
        Assert.False(principle.ConcernsWomenEntrepreneurs);
        var admin = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Administrator);
        var url = $"/en/admin/principles/{principle.Id}/edit";
        var page = await HtmlDocument.ParseAsync(await admin.GetAsync(url));
        var form = Assert.Single(PortalForm.On(page, url));

        var response = await admin.PostAsync(form.Action, form.Content(form.With([KeyValuePair.Create("Form.ConcernsWomenEntrepreneurs", "true")])));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await portal.QueryAsync(db => db.Principles.Where(p => p.Id == principle.Id).Select(p => p.ConcernsWomenEntrepreneurs).SingleAsync()));
        var again = await HtmlDocument.ParseAsync(await admin.GetAsync(url));
        Assert.True(again.QuerySelector("input[type=checkbox][name='Form.ConcernsWomenEntrepreneurs']")!.HasAttribute("checked"));
    }

    [Fact]
    public async Task TheSeededAreaOfEmphasisOnWomenEntrepreneursIsTagged() =>
        Assert.True(await portal.QueryAsync(db => db.Principles
            .Where(p => p.Kind == PrincipleKind.AreaOfEmphasis && p.Number == 5).Select(p => p.ConcernsWomenEntrepreneurs).SingleAsync()));
}
