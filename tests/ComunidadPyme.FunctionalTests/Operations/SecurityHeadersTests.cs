using ComunidadPyme.FunctionalTests.Support;

namespace ComunidadPyme.FunctionalTests.Operations;

[Collection(PortalCollection.Name)]
public sealed class SecurityHeadersTests(PortalFactory portal)
{
    [Theory]
    [InlineData("/en/countries")]
    [InlineData("/fr/no-such-page")]
    public async Task PagesForbidFramingSniffingAndForeignScripts(string path)
    {
        var response = await portal.CreateClient().GetAsync(path);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
    }
}
