using System.Net;
using ComunidadPyme.FunctionalTests.Support;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.Authorization;

/// <summary>
/// Who may use each mutating endpoint: a focal point on their own country, administrators everywhere; never
/// a focal point on another country's record, a reviewer, or someone not signed in. A refused request
/// changes nothing in the database.
/// </summary>
public sealed class WorkspaceAuthorizationMatrixTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Brazil = "BR";
    private const string Mexico = "MX";

    [Theory]
    [MemberData(nameof(MutatingEndpoints.CountryEndpoints), MemberType = typeof(MutatingEndpoints))]
    public async Task FocalPointOfBrazilIsRefusedOnMexicanRecordsAndNothingChanges(string endpoint)
    {
        var request = await MutatingEndpoints.PrepareAsync(endpoint, portal, Mexico);
        var before = await request.Snapshot();

        var response = await PostAsync(WorkspaceUser.FocalPointBrazil, request);

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        Assert.Equal(before, await request.Snapshot());
    }

    [Theory]
    [MemberData(nameof(MutatingEndpoints.CountryEndpoints), MemberType = typeof(MutatingEndpoints))]
    public async Task MexicanRecordUnderBrazilsAddressIsNotFoundForBrazilsFocalPoint(string endpoint)
    {
        var request = await MutatingEndpoints.PrepareAsync(endpoint, portal, Mexico);
        if (!request.Url.Contains("/workspace/mx/", StringComparison.Ordinal))
        {
            return;
        }

        var before = await request.Snapshot();
        var disguised = request with { Url = request.Url.Replace("/workspace/mx/", "/workspace/br/", StringComparison.Ordinal) };

        var response = await PostAsync(WorkspaceUser.FocalPointBrazil, disguised);

        if (endpoint.EndsWith("/new", StringComparison.Ordinal) || endpoint is "profile" or "confirm")
        {
            // Creating, or acting on the country itself, under Brazil's address acts on Brazil: never on Mexico.
            Assert.Equal(before, await request.Snapshot());
            return;
        }

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await request.Snapshot());
    }

    [Theory]
    [MemberData(nameof(MutatingEndpoints.AllEndpoints), MemberType = typeof(MutatingEndpoints))]
    public async Task AnonymousVisitorIsSentToSignIn(string endpoint)
    {
        var request = await MutatingEndpoints.PrepareAsync(endpoint, portal, Brazil);
        var before = await request.Snapshot();

        var response = await PostAsync(WorkspaceUser.Anonymous, request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Identity/Account/Login", response.Headers.Location!.OriginalString);
        Assert.Equal(before, await request.Snapshot());
    }

    [Theory]
    [MemberData(nameof(MutatingEndpoints.AllEndpoints), MemberType = typeof(MutatingEndpoints))]
    public async Task ReviewerIsForbidden(string endpoint)
    {
        var request = await MutatingEndpoints.PrepareAsync(endpoint, portal, Brazil);
        var before = await request.Snapshot();

        var response = await PostAsync(WorkspaceUser.Reviewer, request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await request.Snapshot());
    }

    [Theory]
    [MemberData(nameof(MutatingEndpoints.AllEndpoints), MemberType = typeof(MutatingEndpoints))]
    public async Task AdministratorSucceedsOnAnyCountry(string endpoint)
    {
        var request = await MutatingEndpoints.PrepareAsync(endpoint, portal, Mexico);
        var before = await request.Snapshot();

        var response = await PostAsync(WorkspaceUser.Administrator, request);

        AssertSucceeded(response);
        Assert.NotEqual(before, await request.Snapshot());
    }

    [Theory]
    [MemberData(nameof(MutatingEndpoints.CountryEndpoints), MemberType = typeof(MutatingEndpoints))]
    public async Task FocalPointOfBrazilSucceedsOnBrazil(string endpoint)
    {
        var request = await MutatingEndpoints.PrepareAsync(endpoint, portal, Brazil);
        var before = await request.Snapshot();

        var response = await PostAsync(WorkspaceUser.FocalPointBrazil, request);

        AssertSucceeded(response);
        Assert.NotEqual(before, await request.Snapshot());
    }

    [Theory]
    [MemberData(nameof(MutatingEndpoints.AdministrationEndpoints), MemberType = typeof(MutatingEndpoints))]
    public async Task FocalPointIsForbiddenAdministratorsWorkEvenOnTheirOwnCountry(string endpoint)
    {
        var request = await MutatingEndpoints.PrepareAsync(endpoint, portal, Brazil);
        var before = await request.Snapshot();

        var response = await PostAsync(WorkspaceUser.FocalPointBrazil, request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await request.Snapshot());
    }

    private static void AssertSucceeded(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"expected a redirect after saving, got {(int)response.StatusCode}");
        Assert.DoesNotContain("/Identity/", response.Headers.Location!.OriginalString);
    }

    private async Task<HttpResponseMessage> PostAsync(WorkspaceUser user, PreparedRequest request)
    {
        var client = await WorkspaceSignIn.ClientAsync(portal, user);
        return await client.PostFormAsync(request.Url, request.Form);
    }
}
