using System.Net;
using ComunidadPyme.FunctionalTests.Features.CountryProfile;
using ComunidadPyme.FunctionalTests.Support;
using SkiaSharp;

namespace ComunidadPyme.FunctionalTests.Features.Charts;

/// <summary>A link pasted into a messaging app shows a 1200 × 630 picture of the page's main chart.</summary>
[Collection(PortalCollection.Name)]
public sealed class PreviewImagesTests(PortalFactory portal)
{
    [Theory]
    [InlineData("/es/countries/br", "http://localhost/es/countries/br/preview.png")]
    [InlineData("/fr/indicators/MSME_DENSITY", "http://localhost/fr/indicators/msme_density/preview.png")]
    [InlineData("/pt/compare?indicator=MSME_DENSITY&countries=BR,MX&from=2019&to=2022&view=bar",
        "http://localhost/pt/compare/preview.png?indicator=MSME_DENSITY&countries=BR,MX&from=2019&to=2022&view=bar")]
    public async Task NamesALargePreviewImageForLinkPreviews(string path, string image)
    {
        var page = await portal.OpenPageAsync(path);

        Assert.Equal(image, page.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
        Assert.Equal("1200", page.QuerySelector("meta[property='og:image:width']")!.GetAttribute("content"));
        Assert.Equal("summary_large_image", page.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
        Assert.Equal(image, page.QuerySelector("meta[name='twitter:image']")!.GetAttribute("content"));
    }

    [Theory]
    [InlineData("/es/countries/br/preview.png")]
    [InlineData("/en/countries/sv/preview.png")] // no figures: a card with the country's name
    [InlineData("/fr/indicators/MSME_DENSITY/preview.png")]
    [InlineData("/pt/compare/preview.png?indicator=MSME_DENSITY&countries=BR,MX")]
    public async Task DrawsTheImageAt1200By630(string path)
    {
        using var response = await portal.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        using var bitmap = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal((1200, 630), (bitmap.Width, bitmap.Height));
    }

    [Theory]
    [InlineData("/en/countries/zz/preview.png")]
    [InlineData("/en/indicators/NO_SUCH/preview.png")]
    public async Task AnswersNotFoundForAnUnknownCountryOrIndicator(string path)
    {
        using var response = await portal.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
