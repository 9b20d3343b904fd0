using ComunidadPyme.FunctionalTests.Support;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.FocalPoints;

/// <summary>Bad input on the focal point form gets its message next to the field.</summary>
public sealed class FocalPointFormValidationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("Form.Email", "not-an-address", "Enter an e-mail address such as name@example.org.")]
    [InlineData("Form.Phone", "<script>", "Use digits, spaces and + ( ) - . / only.")]
    [InlineData("Form.FullName", "   ", "This field is required.")]
    public async Task InvalidFocalPointGetsTheMessageNextToTheField(string field, string value, string message)
    {
        var form = WorkspaceForms.FocalPoint("Person with a problem");
        form[field] = value;
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);

        var response = await client.PostFormAsync("/en/workspace/br/focal-points/new", form);

        Assert.Equal(message, WorkspacePages.ErrorFor(await HtmlDocument.ParseAsync(response), field));
    }
}
