using System.Net;
using ComunidadPyme.Core.Feedback;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace ComunidadPyme.FunctionalTests.Features.Problems;

/// <summary>
/// "Report a problem": a visitor's report becomes a ticket in the country's workspace, which its focal point answers
/// and resolves; the reporter gets the answer by e-mail. Its own portal, as the tests add tickets and use up the limit.
/// </summary>
public sealed class ProblemReportsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<int> LawIdAsync(string iso2) =>
        await portal.QueryAsync(db => db.LegalInstruments.Where(l => db.Countries.Any(c => c.Id == l.CountryId && c.Iso2 == iso2))
            .OrderBy(l => l.Id).Select(l => l.Id).FirstAsync());

    private async Task<HttpResponseMessage> ReportAsync(HttpClient client, string page, params (string, string)[] fields) =>
        await client.PostFormAsync(page, fields, page.Split('?')[0]);

    [Fact]
    public async Task TurnsAReportOnAFigureIntoAnOpenTicketInTheCountrysWorkspace()
    {
        var client = portal.CreatePortalClient();
        var page = "/es/report-problem?subject=Figure&country=br&indicator=MSME_COUNT";
        var form = await HtmlDocument.ParseAsync(await client.GetAsync(page));
        Assert.Contains("Número de MIPYME — Brasil", form.QuerySelector("main")!.TextContent);

        using var response = await ReportAsync(client, page, ("Subject", "Figure"), ("Country", "BR"), ("Indicator", "MSME_COUNT"),
            ("Message", "  La cifra de 2023 repite la de 2022.  "), ("Email", "lector@example.com"), ("Website", ""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Su informe se envió a los puntos focales de Brasil.", (await HtmlDocument.ParseAsync(response)).QuerySelector(".problem-sent")!.TextContent);
        var stored = await portal.QueryAsync(db => db.ProblemReports.AsNoTracking().SingleAsync(r => r.Message == "La cifra de 2023 repite la de 2022."));
        Assert.Equal((ProblemSubject.Figure, "MSME_COUNT", "es", ProblemReportState.Open, "lector@example.com"),
            (stored.Subject, stored.IndicatorCode, stored.Language, stored.State, stored.ReporterEmail));
    }

    [Theory]
    [InlineData("", "Diga qué está mal: el informe está vacío.")]
    [InlineData("  \u200B  ", "Diga qué está mal: el informe está vacío.")]
    [InlineData("mal", "Dé algún detalle más (al menos 10 caracteres), para que el punto focal encuentre el problema.")]
    public async Task RefusesAnEmptyOrTooShortReportWithAMessageInTheVisitorsLanguage(string message, string error)
    {
        var client = portal.CreatePortalClient();
        var id = await LawIdAsync("MX");
        var before = await portal.QueryAsync(db => db.ProblemReports.CountAsync());

        using var response = await ReportAsync(client, $"/es/report-problem?subject=Law&id={id}", ("Subject", "Law"), ("Id", id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Message", message), ("Email", ""));

        var page = await HtmlDocument.ParseAsync(response);
        Assert.Equal(error, page.QuerySelector("#Message-error")!.TextContent.Trim());
        Assert.Equal(before, await portal.QueryAsync(db => db.ProblemReports.CountAsync()));
    }

    [Fact]
    public async Task RefusesAnAddressThatIsNotOne()
    {
        var client = portal.CreatePortalClient();
        var id = await LawIdAsync("MX");

        using var response = await ReportAsync(client, $"/fr/report-problem?subject=Law&id={id}", ("Subject", "Law"), ("Id", id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Message", "Le lien officiel ne fonctionne plus."), ("Email", "pas une adresse"));

        Assert.Equal("Ce n’est pas une adresse e-mail. Laissez le champ vide si vous ne souhaitez pas de réponse.",
            (await HtmlDocument.ParseAsync(response)).QuerySelector("#Email-error")!.TextContent.Trim());
    }

    [Fact]
    public async Task ThanksABotThatFillsTheHiddenFieldAndStoresNothing()
    {
        var client = portal.CreatePortalClient();
        var id = await LawIdAsync("MX");

        using var response = await ReportAsync(client, $"/en/report-problem?subject=Law&id={id}", ("Subject", "Law"), ("Id", id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Message", "Buy cheap watches at our site today"), ("Website", "http://spam.example"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(await portal.QueryAsync(db => db.ProblemReports.AnyAsync(r => r.Message.Contains("watches"))));
    }

    [Theory]
    [InlineData("/en/report-problem?subject=Law&id=999999")]
    [InlineData("/en/report-problem?subject=Figure&country=zz&indicator=MSME_COUNT")]
    [InlineData("/en/report-problem?subject=Figure&country=br&indicator=NO_SUCH")]
    [InlineData("/en/report-problem")]
    public async Task AnswersNotFoundForARecordThatDoesNotExist(string path)
    {
        using var response = await portal.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task LetsTheFocalPointAnswerAndResolveAndMailsTheAnswerInTheReportersLanguage()
    {
        var id = await LawIdAsync("BR");
        var visitor = portal.CreatePortalClient();
        await ReportAsync(visitor, $"/pt/report-problem?subject=Law&id={id}", ("Subject", "Law"), ("Id", id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Message", "O link oficial está quebrado desde ontem."), ("Email", "leitora@example.com"));
        var ticket = await portal.QueryAsync(db => db.ProblemReports.AsNoTracking().SingleAsync(r => r.Message == "O link oficial está quebrado desde ontem."));

        var focal = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);
        var list = await HtmlDocument.ParseAsync(await focal.GetAsync("/en/workspace/br/problems"));
        Assert.Equal("Open", list.QuerySelector($"#problem-{ticket.Id}")!.GetAttribute("data-state"));

        using var answered = await focal.PostFormAsync($"/en/workspace/br/problems/{ticket.Id}/answer",
            [KeyValuePair.Create("version", ticket.Version.ToString()), KeyValuePair.Create("answer", "Corrigido: o link novo está no perfil."),
             KeyValuePair.Create("resolve", "true")]);

        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        var stored = await portal.QueryAsync(db => db.ProblemReports.AsNoTracking().SingleAsync(r => r.Id == ticket.Id));
        Assert.Equal((ProblemReportState.Resolved, "Corrigido: o link novo está no perfil.", "focal.br@example.org"),
            (stored.State, stored.Answer, stored.AnsweredBy));
        var mail = await EmailAsync("leitora@example.com");
        Assert.Equal("Resposta ao seu relato na Comunidad PYME", mail.Subject);
        Assert.Contains("Corrigido: o link novo está no perfil.", WebUtility.HtmlDecode(mail.HtmlBody));

        // The same version again: someone else's change is never overwritten.
        using var stale = await focal.PostFormAsync($"/en/workspace/br/problems/{ticket.Id}/reopen",
            [KeyValuePair.Create("version", ticket.Version.ToString())]);
        Assert.Equal(ProblemReportState.Resolved, (await portal.QueryAsync(db => db.ProblemReports.AsNoTracking().SingleAsync(r => r.Id == ticket.Id))).State);
    }

    [Fact]
    public async Task KeepsEachCountrysTicketsToItsOwnFocalPoints()
    {
        var id = await LawIdAsync("BR");
        await ReportAsync(portal.CreatePortalClient(), $"/en/report-problem?subject=Law&id={id}", ("Subject", "Law"),
            ("Id", id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Message", "The summary names the wrong ministry."));
        var ticket = await portal.QueryAsync(db => db.ProblemReports.AsNoTracking().SingleAsync(r => r.Message == "The summary names the wrong ministry."));
        var mexico = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointMexico);
        var reviewer = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);

        using var otherCountry = await mexico.GetAsync("/en/workspace/br/problems");
        using var viaOwnCountry = await mexico.PostFormAsync($"/en/workspace/mx/problems/{ticket.Id}/resolve",
            [KeyValuePair.Create("version", ticket.Version.ToString())]);
        using var reviewerReads = await reviewer.GetAsync("/en/workspace/br/problems");
        using var reviewerWrites = await reviewer.PostFormAsync($"/en/workspace/br/problems/{ticket.Id}/resolve",
            [KeyValuePair.Create("version", ticket.Version.ToString())]);
        var home = await HtmlDocument.ParseAsync(await reviewer.GetAsync("/en/workspace"));

        Assert.Equal(HttpStatusCode.Forbidden, otherCountry.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, viaOwnCountry.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reviewerReads.StatusCode);
        Assert.Null((await HtmlDocument.ParseAsync(reviewerReads)).QuerySelector(".problem-answer-form"));
        Assert.Equal(HttpStatusCode.Forbidden, reviewerWrites.StatusCode);
        Assert.Equal(ProblemReportState.Open, (await portal.QueryAsync(db => db.ProblemReports.AsNoTracking().SingleAsync(r => r.Id == ticket.Id))).State);
        Assert.Matches(@"^\d+ open problems$", home.QuerySelector("li[data-iso2=BR] .open-problems")!.TextContent);
    }

    private async Task<MimeMessage> EmailAsync(string to)
    {
        var folder = Path.Combine(portal.DataDirectory, "mail");
        foreach (var file in Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.eml") : [])
        {
            var message = await MimeMessage.LoadAsync(file);
            if (message.To.Mailboxes.Any(m => m.Address == to))
            {
                return message;
            }
        }

        throw new Xunit.Sdk.XunitException($"No email to {to} in {folder}");
    }
}
