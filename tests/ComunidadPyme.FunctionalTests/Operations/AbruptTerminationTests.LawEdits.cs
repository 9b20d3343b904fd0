using System.Net.Http.Headers;
using System.Security.Cryptography;
using ComunidadPyme.FunctionalTests.Support;

namespace ComunidadPyme.FunctionalTests.Operations;

/// <summary>The law edit the kills interrupt, and what the database says of the law afterwards.</summary>
public sealed partial class AbruptTerminationTests
{
    /// <summary>Just under the 20 MB limit, so the request is long enough to be interrupted in any of its steps.</summary>
    private const int DocumentBytes = 19 * 1024 * 1024;

    private sealed record LawEdit(string Title, string Summary, string Number, byte[] Document);

    private sealed record LawState(string Title, string? Summary, string? Number, string Version, string? DocumentKey, long? DocumentSize, string? DocumentHash, long Audits)
    {
        public override string ToString() =>
            $"title “{Title}”, summary “{Summary}”, number “{Number}”, version {Version}, document {DocumentKey ?? "none"} ({DocumentSize} bytes stated, file {(DocumentHash is null ? "missing" : "present")}), {Audits} history entries";
    }

    private static LawEdit NewEdit(string label)
    {
        var document = new byte[DocumentBytes];
        RandomNumberGenerator.Fill(document);
        "%PDF-1.4\n"u8.CopyTo(document);
        return new LawEdit($"Law edited, {label}", $"Summary written by the edit {label}.", $"Law {label}", document);
    }

    private static async Task<string> FirstLawEditPageAsync(HttpClient client)
    {
        var list = await HtmlDocument.ParseAsync(await client.GetAsync($"{Brazil}/laws"));
        return list.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).First(href => LawId().IsMatch(href));
    }

    /// <summary>The edit form as the page shows it now (with the current version), changed as <paramref name="edit"/> says, with its PDF.</summary>
    private static async Task<MultipartFormDataContent> EditContentAsync(HttpClient client, string editPage, LawEdit edit)
    {
        var page = await HtmlDocument.ParseAsync(await client.GetAsync(editPage));
        var form = PortalForm.On(page, editPage).Single(f => f.Action == editPage);
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in form.With(new Dictionary<string, string>
                 {
                     ["Form.Title.Original"] = edit.Title,
                     ["Form.Summary.Original"] = edit.Summary,
                     ["Form.OfficialNumber"] = edit.Number,
                     ["__RequestVerificationToken"] = form.Token,
                 }))
        {
            content.Add(new StringContent(value), name);
        }

        var pdf = new ByteArrayContent(edit.Document);
        pdf.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(pdf, "Form.Document", "official-text.pdf");
        return content;
    }

    private async Task<LawState> LawStateAsync(int id)
    {
        await using var db = await OpenDatabaseAsync();
        await using var command = db.CreateCommand();
        command.CommandText = """
            SELECT "Title_Original", "Summary_Original", "OfficialNumber", "Version", "DocumentStorageKey", "DocumentSizeBytes"
            FROM "LegalInstruments" WHERE "Id" = $id
            """;
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"The law {id} is gone");
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetValue(i).ToString();
        var key = Text(4);
        var file = key is null ? null : new FileInfo(Path.Combine(_dataDirectory, "documents", key));
        var hash = file is { Exists: true } ? Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(file.FullName))) : null;
        var audits = await ScalarAsync(db, """SELECT COUNT(*) FROM "AuditEntries" WHERE "EntityType" = 'LegalInstrument' AND "EntityKey" = $key""", ("$key", id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return new LawState(Text(0)!, Text(1), Text(2), Text(3)!, key, reader.IsDBNull(5) ? null : reader.GetInt64(5), hash, audits);
    }

    /// <summary>Null when <paramref name="after"/> is wholly the edit's version; otherwise what is not.</summary>
    private static string? Difference(LawEdit edit, LawState after, LawState? before)
    {
        var problems = new List<string>();
        if (after.Title != edit.Title || after.Summary != edit.Summary || after.Number != edit.Number)
        {
            problems.Add("its fields are not those of the edit");
        }

        if (before is not null && after.Version == before.Version)
        {
            problems.Add("its version did not change");
        }

        if (after.DocumentKey is null || after.DocumentKey == before?.DocumentKey)
        {
            problems.Add("it does not point at the new official text");
        }
        else if (after.DocumentSize != edit.Document.Length || after.DocumentHash != Convert.ToHexString(SHA256.HashData(edit.Document)))
        {
            problems.Add("the official text it points at is missing, cut short or different");
        }

        if (before is not null && after.Audits <= before.Audits)
        {
            problems.Add("its history has no entry for the edit");
        }

        return problems.Count == 0 ? null : string.Join("; ", problems);
    }
}
