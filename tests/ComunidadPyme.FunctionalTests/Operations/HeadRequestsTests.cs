using System.Net;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ComunidadPyme.FunctionalTests.Operations;

/// <summary>Uptime monitors and link checkers ask with HEAD: every address answers it as it answers GET, without the body.</summary>
[Collection(PortalCollection.Name)]
public sealed class HeadRequestsTests(PortalFactory portal)
{
    [Theory]
    [InlineData("/en/", HttpStatusCode.OK)]
    [InlineData("/es/countries/mx", HttpStatusCode.OK)]
    [InlineData("/api/v1/countries", HttpStatusCode.OK)]
    [InlineData("/en/countries/mx/data.csv", HttpStatusCode.OK)]
    [InlineData("/en/no-such-page", HttpStatusCode.NotFound)]
    public async Task HeadAnswersAsGetDoesWithoutTheBody(string path, HttpStatusCode status)
    {
        var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var get = await client.GetAsync(path);

        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal((status, status), (get.StatusCode, head.StatusCode));
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(get.Content.Headers.ContentDisposition, head.Content.Headers.ContentDisposition);
        Assert.NotEmpty(await get.Content.ReadAsByteArrayAsync());
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }
}
