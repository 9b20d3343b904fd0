using System.Net;
using ComunidadPyme.FunctionalTests.Support;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.Programmes;

/// <summary>Bad input on the programme form gets its message next to the field, in the reader's language, and what was typed stays.</summary>
public sealed class ProgrammeFormValidationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("en", "The end date must be on or after the start date.")]
    [InlineData("es", "La fecha de fin debe ser igual o posterior a la fecha de inicio.")]
    public async Task ProgrammeEndingBeforeItStartsIsRefused(string lang, string message)
    {
        var form = WorkspaceForms.Programme("Backwards programme");
        form["Form.StartsOn"] = "2025-06-01";
        form["Form.EndsOn"] = "2024-06-01";
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);

        var response = await client.PostFormAsync($"/{lang}/workspace/br/programmes/new", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocument.ParseAsync(response);
        Assert.Equal(message, WorkspacePages.ErrorFor(page, "Form.EndsOn"));
        Assert.Equal("2024-06-01", page.QuerySelector("input[name='Form.EndsOn']")!.GetAttribute("value"));
    }
}
