using ComunidadPyme.FunctionalTests.Support;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.Progress;

/// <summary>Bad evidence on the progress report form gets its message next to the field, in the reader's language.</summary>
public sealed class ProgressFormValidationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task EvidenceWithoutAFullAddressIsRefused()
    {
        var (principleId, cycleId) = await portal.FreePrincipleAsync("BR");
        var form = WorkspaceForms.Progress("Narrative", principleId: principleId, cycleId: cycleId);
        form["Form.Evidence[0].Title"] = "Official gazette";
        form["Form.Evidence[0].Url"] = "gazette.example.org";
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);

        var response = await client.PostFormAsync("/es/workspace/br/progress/new", form);

        Assert.Equal("Introduzca una dirección completa que empiece por http:// o https://.",
            WorkspacePages.ErrorFor(await HtmlDocument.ParseAsync(response), "Form.Evidence[0].Url"));
    }
}
