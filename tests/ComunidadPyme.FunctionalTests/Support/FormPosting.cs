using AngleSharp.Dom;

namespace ComunidadPyme.FunctionalTests.Support;

/// <summary>Posts a form as a browser would: with the anti-forgery token of the page that shows it, and its cookies.</summary>
public static class FormPosting
{
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string pageUrl)
    {
        using var page = await client.GetAsync(pageUrl);
        Assert.True(page.IsSuccessStatusCode, $"GET {pageUrl} answered {(int)page.StatusCode}");
        return TokenIn(await HtmlDocument.ParseAsync(page));
    }

    public static string TokenIn(IDocument document) =>
        document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
        ?? throw new InvalidOperationException("The page has no anti-forgery token.");

    /// <summary>Opens <paramref name="pageUrl"/> for its token, then posts the fields to <paramref name="postUrl"/> (the same page by default).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string pageUrl, IEnumerable<(string Name, string Value)> fields, string? postUrl = null)
    {
        var token = await client.AntiforgeryTokenAsync(pageUrl);
        var content = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))
            .Append(KeyValuePair.Create("__RequestVerificationToken", token)));
        return await client.PostAsync(postUrl ?? pageUrl, content);
    }
}
