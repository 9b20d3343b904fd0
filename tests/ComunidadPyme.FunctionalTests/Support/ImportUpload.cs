using System.Net.Http.Headers;
using System.Text;

namespace ComunidadPyme.FunctionalTests.Support;

/// <summary>Posts a file to the import page as the upload form would, with the signed-in person's token.</summary>
public static class ImportUpload
{
    public const string Header = "indicator_code,year,value,status,source_note";

    public static Task<HttpResponseMessage> CsvAsync(HttpClient client, string path, params string[] rows) =>
        FileAsync(client, path, Encoding.UTF8.GetBytes(string.Join("\n", rows) + "\n"), "values.csv", "text/csv");

    public static async Task<HttpResponseMessage> FileAsync(
        HttpClient client, string path, byte[] content, string fileName, string contentType)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await ObservationsSignIn.TokenAsync(client)), "__RequestVerificationToken" },
            { file, "file", fileName },
        };
        return await client.PostAsync(path, form);
    }

    /// <param name="replaceNewer">Rows whose file value is chosen over one saved since the file was downloaded.</param>
    public static async Task<HttpResponseMessage> ConfirmAsync(HttpClient client, string previewPath, params int[] replaceNewer) =>
        await client.PostAsync(previewPath + "/confirm", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", await ObservationsSignIn.TokenAsync(client)),
            .. replaceNewer.Select(row => new KeyValuePair<string, string>("replaceNewer", row.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        ]));
}
