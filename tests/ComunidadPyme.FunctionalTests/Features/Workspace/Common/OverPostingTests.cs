using System.Net;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.Common;

/// <summary>Fields a form does not offer (country, sample flag, id) are ignored, whatever is posted.</summary>
public sealed class OverPostingTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task CreatingIgnoresAPostedCountrySampleFlagAndId()
    {
        var mexicoId = await portal.CountryIdAsync("MX");
        var brazilId = await portal.CountryIdAsync("BR");
        var mexican = await portal.AddInstitutionAsync("MX", "Mexican agency");
        var form = WorkspaceForms.Institution("Posted with extra fields");
        foreach (var prefix in new[] { string.Empty, "Form." })
        {
            form[prefix + "CountryId"] = mexicoId.ToString();
            form[prefix + "IsSample"] = "true";
            form[prefix + "Id"] = mexican.Id.ToString();
        }

        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);
        var response = await client.PostFormAsync("/en/workspace/br/institutions/new", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var created = await portal.QueryAsync(db => db.Institutions.AsNoTracking().SingleAsync(i => i.Name.Original == "Posted with extra fields"));
        Assert.Equal(brazilId, created.CountryId);
        Assert.False(created.IsSample);
        Assert.NotEqual(mexican.Id, created.Id);
        Assert.Equal(mexican.Version, await portal.VersionAsync<ComunidadPyme.Core.Countries.Institution>(mexican.Id));
    }

    [Fact]
    public async Task EditingCannotMoveARecordToAnotherCountry()
    {
        var brazilId = await portal.CountryIdAsync("BR");
        var programme = await portal.AddProgrammeAsync("BR");
        var form = WorkspaceForms.Programme("Still Brazilian", programme.Version);
        form["Form.CountryId"] = (await portal.CountryIdAsync("MX")).ToString();
        form["CountryId"] = form["Form.CountryId"];
        form["Form.IsSample"] = "true";

        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);
        var response = await client.PostFormAsync($"/en/workspace/br/programmes/{programme.Id}/edit", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await portal.QueryAsync(db => db.SupportProgrammes.AsNoTracking().SingleAsync(p => p.Id == programme.Id));
        Assert.Equal(brazilId, saved.CountryId);
        Assert.Equal("Still Brazilian", saved.Name.Original);
        Assert.False(saved.IsSample);
    }

    [Fact]
    public async Task AnotherCountrysInstitutionCannotBeChosenForAFocalPoint()
    {
        var mexican = await portal.AddInstitutionAsync("MX", "Mexican ministry");
        var form = WorkspaceForms.FocalPoint("Borrowing Person");
        form["Form.InstitutionId"] = mexican.Id.ToString();

        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);
        var response = await client.PostFormAsync("/en/workspace/br/focal-points/new", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Choose one of the options.", WorkspacePages.ErrorFor(await HtmlDocument.ParseAsync(response), "Form.InstitutionId"));
        Assert.False(await portal.QueryAsync(db => db.FocalPoints.AnyAsync(f => f.FullName == "Borrowing Person")));
    }

    [Fact]
    public async Task AnotherCountrysLawCannotBeTheTargetOfARelation()
    {
        var mexican = await portal.AddLawAsync("MX", "Mexican law");
        var form = WorkspaceForms.Law("Brazilian law relating abroad");
        form["Form.Relations[0].Kind"] = "Amends";
        form["Form.Relations[0].TargetId"] = mexican.Id.ToString();

        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);
        var response = await client.PostFormAsync("/en/workspace/br/laws/new", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Choose one of the options.", WorkspacePages.ErrorFor(await HtmlDocument.ParseAsync(response), "Form.Relations[0].TargetId"));
        Assert.False(await portal.QueryAsync(db => db.LegalRelations.AnyAsync(r => r.TargetId == mexican.Id)));
    }
}
