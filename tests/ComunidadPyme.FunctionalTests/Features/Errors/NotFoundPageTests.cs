using System.Net;
using ComunidadPyme.FunctionalTests.Support;

namespace ComunidadPyme.FunctionalTests.Features.Errors;

[Collection(PortalCollection.Name)]
public sealed class NotFoundPageTests(PortalFactory portal)
{
    [Theory]
    [InlineData("/en/no-such-page", "Page not found")]
    [InlineData("/es/no-such-page", "Página no encontrada")]
    [InlineData("/pt/no-such-page", "Página não encontrada")]
    [InlineData("/fr/no-such-page", "Page introuvable")]
    public async Task ShowsTheFriendlyPageInTheLanguageOfTheAddress(string path, string heading)
    {
        var response = await portal.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await HtmlDocument.ParseAsync(response);
        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task TreatsAnUnsupportedLanguageAsUnknown()
    {
        var response = await portal.CreateClient().GetAsync("/de/countries");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
