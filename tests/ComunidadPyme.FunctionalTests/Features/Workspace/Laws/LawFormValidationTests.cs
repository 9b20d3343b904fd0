using System.Net;
using ComunidadPyme.FunctionalTests.Support;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.Laws;

/// <summary>Bad input on the law form gets a message next to the field, never an error page.</summary>
public sealed class LawFormValidationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AVeryLongTextGetsAMessageNotAnError()
    {
        var form = WorkspaceForms.Law("Law with an endless summary");
        form["Form.Summary.Original"] = new string('a', 100_000);
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);

        var response = await client.PostFormAsync("/en/workspace/br/laws/new", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Use at most 8,000 characters.", WorkspacePages.ErrorFor(await HtmlDocument.ParseAsync(response), "Form.Summary.Original"));
    }
}
