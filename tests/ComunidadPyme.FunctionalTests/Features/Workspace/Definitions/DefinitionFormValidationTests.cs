using System.Net;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.Definitions;

/// <summary>Bad input on the definition form, thresholds included, gets its message next to the field and nothing is saved.</summary>
public sealed class DefinitionFormValidationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("Form.Thresholds[0].MaxEmployees", "many", "Form.Thresholds[0].MaxEmployees", "“many” is not a valid value.")]
    [InlineData("Form.Thresholds[0].MaxEmployees", "-5", "Form.Thresholds[0].MaxEmployees", "Enter zero or a positive number.")]
    [InlineData("Form.Thresholds[1].SizeClass", "Micro", "Form.Thresholds[1].SizeClass", "This size class already has thresholds for the same sector.")]
    [InlineData("Form.ValidFrom", "2024-13-45", "Form.ValidFrom", "“2024-13-45” is not a valid value.")]
    [InlineData("Form.ValidFrom", "0001-01-01", "Form.ValidFrom", "Enter a date between 1800 and 2100.")]
    [InlineData("Form.Method", "WeightedScore", "Form.EmployeeWeight", "A weighted score needs both weights.")]
    [InlineData("Form.LegalSource", "", "Form.LegalSource", "This field is required.")]
    public async Task InvalidDefinitionGetsTheMessageNextToTheField(string field, string value, string errorField, string message)
    {
        var form = WorkspaceForms.Definition("Definition with a problem");
        form[field] = value;
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);

        var response = await client.PostFormAsync("/en/workspace/br/definitions/new", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, WorkspacePages.ErrorFor(await HtmlDocument.ParseAsync(response), errorField));
        Assert.False(await portal.QueryAsync(db => db.MsmeDefinitions.AnyAsync(d => d.Title.Original == "Definition with a problem")));
    }

    [Fact]
    public async Task DefinitionWithoutAnyThresholdIsRefused()
    {
        var form = WorkspaceForms.Definition("No thresholds");
        foreach (var key in form.Keys.Where(k => k.StartsWith("Form.Thresholds", StringComparison.Ordinal)).ToList())
        {
            form.Remove(key);
        }

        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);
        var response = await client.PostFormAsync("/en/workspace/br/definitions/new", form);

        Assert.Equal("Add at least one threshold.", WorkspacePages.ErrorFor(await HtmlDocument.ParseAsync(response), "Form.Thresholds"));
    }
}
