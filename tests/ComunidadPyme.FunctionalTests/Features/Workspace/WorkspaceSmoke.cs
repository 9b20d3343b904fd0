using System.Net;
using ComunidadPyme.FunctionalTests.Infrastructure;

namespace ComunidadPyme.FunctionalTests.Features.Workspace;

public sealed class WorkspaceSmoke(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Smoke()
    {
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);
        var home = await client.GetAsync("/en/workspace");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        var dash = await client.GetAsync("/en/workspace/br");
        var body = await dash.Content.ReadAsStringAsync();
        Assert.True(dash.StatusCode == HttpStatusCode.OK, body);
        var list = await client.GetAsync("/en/workspace/br/institutions");
        Assert.True(list.StatusCode == HttpStatusCode.OK, await list.Content.ReadAsStringAsync());
        var create = await client.PostFormAsync("/en/workspace/br/institutions/new", new Dictionary<string, string>
        {
            ["Form.Name.Original"] = "Agência X", ["Form.Name.Language"] = "pt", ["Form.Kind"] = "MinistryUnit", ["Form.WebsiteUrl"] = "ftp://x",
        });
        var html = await create.Content.ReadAsStringAsync();
        Assert.True(create.StatusCode == HttpStatusCode.OK, html);
        File.WriteAllText("/tmp/smoke.html", body + "\n\n=======\n" + html);
    }
}
