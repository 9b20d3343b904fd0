using System.Net;
using ComunidadPyme.FunctionalTests.Support;

namespace ComunidadPyme.FunctionalTests.Operations;

/// <summary>No cache may store a page shown to a signed-in person; public pages for visitors may be stored.</summary>
public sealed class SignedInNoStoreTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/en/workspace/br/institutions")]
    [InlineData("/en/workspace/br/observations")]
    [InlineData("/es/workspace/br/import")]
    [InlineData("/en/admin/accounts")]
    [InlineData("/en/countries/br")]
    public async Task PagesShownToASignedInPersonAreNeverStored(string url)
    {
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Administrator);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task PublicPagesForAnonymousVisitorsMayBeStored()
    {
        var response = await portal.CreateClient().GetAsync("/en/countries/br");

        Assert.NotEqual(true, response.Headers.CacheControl?.NoStore);
    }
}
