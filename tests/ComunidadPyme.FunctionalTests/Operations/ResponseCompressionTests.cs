using System.Net.Http.Headers;
using ComunidadPyme.FunctionalTests.Support;

namespace ComunidadPyme.FunctionalTests.Operations;

[Collection(PortalCollection.Name)]
public sealed class ResponseCompressionTests(PortalFactory portal)
{
    private async Task<HttpResponseMessage> GetAsync(string path, string encoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        return await portal.CreateClient().SendAsync(request);
    }

    [Fact]
    public async Task CompressesPublicPagesForBrowsersThatAskAndServesPlainPagesToOthers()
    {
        var compressed = await GetAsync("/en/countries/br", "gzip");
        var plain = await GetAsync("/en/countries/br", "identity");

        Assert.Equal("gzip", Assert.Single(compressed.Content.Headers.ContentEncoding));
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Contains("<html", await plain.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DoesNotCompressTheSignInPageWhichCarriesAToken()
    {
        var response = await GetAsync("/en/Identity/Account/Login", "gzip");

        Assert.Empty(response.Content.Headers.ContentEncoding);
    }
}
