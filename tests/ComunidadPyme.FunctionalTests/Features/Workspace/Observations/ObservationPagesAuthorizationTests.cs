using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ComunidadPyme.FunctionalTests.Support;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.Observations;

/// <summary>
/// Who may open and post the grid, the import and its template: a focal point only for their own country,
/// administrators for any, visitors for none; reviewers may read the grid of any country and nothing else. A
/// refused post changes nothing.
/// </summary>
public sealed class ObservationPagesAuthorizationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string UnknownPlan = "0123456789abcdef0123456789abcdef";

    public static TheoryData<string> Reads() => new()
    {
        "/en/workspace/{0}/observations",
        "/en/workspace/{0}/import",
        "/en/workspace/{0}/import/template.csv",
        "/en/workspace/{0}/import/template.xlsx",
    };

    /// <summary>The import and its templates are for people who may change the values.</summary>
    public static TheoryData<string> EditPages() => new()
    {
        "/en/workspace/{0}/import",
        "/en/workspace/{0}/import/template.csv",
        "/en/workspace/{0}/import/template.xlsx",
    };

    public static TheoryData<string> Writes() => new()
    {
        "/en/workspace/{0}/observations",
        "/en/workspace/{0}/import",
        "/en/workspace/{0}/import/" + UnknownPlan + "/confirm",
    };

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task AFocalPointCannotOpenAnotherCountrysPages(string path)
    {
        var client = await ObservationsSignIn.AsAsync(portal, ObservationsSignIn.FocalBrazil);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(string.Format(path, "br"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(string.Format(path, "mx"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(string.Format(path, "zz"))).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task AFocalPointCannotChangeAnotherCountrysValues(string path)
    {
        var client = await ObservationsSignIn.AsAsync(portal, ObservationsSignIn.FocalBrazil);
        var before = await ObservationsData.ObservationsAsync(portal, "MX");

        var response = await client.PostAsync(string.Format(path, "mx"), await MexicanEditAsync(client));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var after = await ObservationsData.ObservationsAsync(portal, "MX");
        Assert.Equal(before.Select(o => (o.Id, o.Version, o.Value)), after.Select(o => (o.Id, o.Version, o.Value)));
    }

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task AVisitorIsSentToSignInToOpenThem(string path)
    {
        var response = await ObservationsSignIn.Anonymous(portal).GetAsync(string.Format(path, "br"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Identity/Account/Login", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task AVisitorIsSentToSignInToPostThem(string path)
    {
        var before = await ObservationsData.ObservationsAsync(portal, "BR");

        var response = await ObservationsSignIn.Anonymous(portal).PostAsync(string.Format(path, "br"), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Identity/Account/Login", response.Headers.Location!.PathAndQuery);
        Assert.Equal(before.Count, (await ObservationsData.ObservationsAsync(portal, "BR")).Count);
    }

    [Theory]
    [MemberData(nameof(EditPages))]
    public async Task AReviewerMayNotOpenTheImport(string path)
    {
        var client = await ObservationsSignIn.AsAsync(portal, ObservationsSignIn.Reviewer);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(string.Format(path, "br"))).StatusCode);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("mx")]
    public async Task AReviewerMayReadAnyCountrysGrid(string iso2)
    {
        var client = await ObservationsSignIn.AsAsync(portal, ObservationsSignIn.Reviewer);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/en/workspace/{iso2}/observations")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task AReviewerMayNotPostThem(string path)
    {
        var client = await ObservationsSignIn.AsAsync(portal, ObservationsSignIn.Reviewer);
        var before = await ObservationsData.ObservationsAsync(portal, "MX");

        var response = await client.PostAsync(string.Format(path, "mx"), await MexicanEditAsync(client));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before.Select(o => o.Version), (await ObservationsData.ObservationsAsync(portal, "MX")).Select(o => o.Version));
    }

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task AnAdministratorMayOpenAnyCountrysPages(string path)
    {
        var client = await ObservationsSignIn.AsAsync(portal, ObservationsSignIn.Admin);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(string.Format(path, "mx"))).StatusCode);
    }

    [Fact]
    public async Task AnAdministratorMaySaveAnyCountrysValues()
    {
        var client = await ObservationsSignIn.AsAsync(portal, ObservationsSignIn.Admin);

        var response = await client.PostAsync("/en/workspace/mx/observations", await MexicanEditAsync(client));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(42, (await ObservationsData.ObservationAsync(portal, "MX", "MSME_DENSITY", "2021"))!.Value);
    }

    [Fact]
    public async Task APreviewBelongsToThePersonWhoUploadedTheFile()
    {
        var admin = await ObservationsSignIn.AsAsync(portal, ObservationsSignIn.Admin);
        var upload = await admin.PostAsync("/en/workspace/br/import", await CsvUploadAsync(admin, "MSME_DENSITY,2025,40,final,IBGE"));
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var preview = upload.Headers.Location!.OriginalString;
        var focal = await ObservationsSignIn.AsAsync(portal, ObservationsSignIn.FocalBrazil);

        Assert.Equal(HttpStatusCode.NotFound, (await focal.GetAsync(preview)).StatusCode);
        var confirm = await focal.PostAsync(preview + "/confirm", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", await ObservationsSignIn.TokenAsync(focal))]));
        Assert.Equal(HttpStatusCode.NotFound, confirm.StatusCode);
        Assert.Null(await ObservationsData.ObservationAsync(portal, "BR", "MSME_DENSITY", "2025"));
    }

    /// <summary>A well-formed edit of a Mexican value, with its real version, posted as grid fields and as a file.</summary>
    private async Task<HttpContent> MexicanEditAsync(HttpClient client)
    {
        var observation = (await ObservationsData.ObservationAsync(portal, "MX", "MSME_DENSITY", "2021"))!;
        var content = await CsvUploadAsync(client, "MSME_DENSITY,2021,42,final,INEGI");
        var cell = $"Cells[{observation.IndicatorId}-2021].";
        content.Add(new StringContent("42"), cell + "Value");
        content.Add(new StringContent("Final"), cell + "Status");
        content.Add(new StringContent("INEGI"), cell + "Source");
        content.Add(new StringContent(observation.Version.ToString()), cell + "Version");
        content.Add(new StringContent("changed"), cell + "Original");
        return content;
    }

    private static async Task<MultipartFormDataContent> CsvUploadAsync(HttpClient client, string row)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("indicator_code,year,value,status,source_note\n" + row + "\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent
        {
            { new StringContent(await ObservationsSignIn.TokenAsync(client)), "__RequestVerificationToken" },
            { file, "file", "values.csv" },
        };
    }
}
