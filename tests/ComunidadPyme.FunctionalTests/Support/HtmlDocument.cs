using AngleSharp;
using AngleSharp.Dom;

namespace ComunidadPyme.FunctionalTests.Support;

/// <summary>Parses a response body so tests can assert what a visitor would read.</summary>
public static class HtmlDocument
{
    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(request => request.Content(html));
    }
}
