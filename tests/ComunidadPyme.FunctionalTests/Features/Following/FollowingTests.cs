using System.Net;
using System.Text.RegularExpressions;
using ComunidadPyme.Core.Following;
using ComunidadPyme.FunctionalTests.Support;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Web.Features.Following;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace ComunidadPyme.FunctionalTests.Features.Following;

/// <summary>Following by e-mail without an account: double opt-in, the same answer for everyone, unsubscribe, digests.</summary>
public sealed partial class FollowingTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<HttpResponseMessage> FollowAsync(HttpClient client, string lang, string kind, string key, string email, string frequency = "Weekly") =>
        await client.PostFormAsync($"/{lang}/follow?kind={kind}&key={key}",
            [("Kind", kind), ("Key", key), ("Email", email), ("Frequency", frequency)], $"/{lang}/follow");

    private async Task<MimeMessage> LastEmailAsync(string to)
    {
        var folder = Path.Combine(portal.DataDirectory, "mail");
        var files = Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.eml").Order(StringComparer.Ordinal).ToList() : [];
        for (var i = files.Count - 1; i >= 0; i--)
        {
            var message = await MimeMessage.LoadAsync(files[i]);
            if (message.To.Mailboxes.Any(m => m.Address == to))
            {
                return message;
            }
        }

        throw new Xunit.Sdk.XunitException($"No email to {to}");
    }

    private static string LinkIn(MimeMessage message, string path) =>
        WebUtility.HtmlDecode(Links().Matches(message.HtmlBody!).Select(m => m.Groups[1].Value).First(l => l.Contains(path, StringComparison.Ordinal)));

    private static string Relative(string absolute) => new Uri(absolute).PathAndQuery;

    [Fact]
    public async Task ConfirmsACountryDigestWithALinkThatWorksOnce()
    {
        var client = portal.CreatePortalClient();
        var form = await HtmlDocument.ParseAsync(await client.GetAsync("/es/follow?kind=Country&key=br"));
        Assert.Equal("Brasil", form.QuerySelector(".follow-subject")!.TextContent);

        using var sent = await FollowAsync(client, "es", "Country", "BR", "  Lectora@Example.com ");

        Assert.Contains("Si esta dirección puede recibir correo", (await HtmlDocument.ParseAsync(sent)).QuerySelector(".follow-check-inbox")!.TextContent);
        var stored = await portal.QueryAsync(db => db.Subscriptions.AsNoTracking().SingleAsync(s => s.Email == "lectora@example.com"));
        Assert.Equal((FollowedKind.Country, "BR", "es", false), (stored.Kind, stored.Key, stored.Language, stored.IsConfirmed));
        var mail = await LastEmailAsync("lectora@example.com");
        Assert.Equal("Confirme que desea seguir Brasil", mail.Subject);
        var confirm = Relative(LinkIn(mail, "/es/follow/confirm"));

        var page = await HtmlDocument.ParseAsync(await client.GetAsync(confirm));
        Assert.False((await portal.QueryAsync(db => db.Subscriptions.AsNoTracking().SingleAsync(s => s.Id == stored.Id))).IsConfirmed); // a GET changes nothing
        var token = page.QuerySelector("input[name=token]")!.GetAttribute("value")!;
        using var confirmed = await client.PostFormAsync(confirm, [("token", token)], "/es/follow/confirm");
        using var again = await client.PostFormAsync("/es/follow?kind=Country&key=br", [("token", token)], "/es/follow/confirm");

        Assert.Equal("confirmed", (await HtmlDocument.ParseAsync(confirmed)).QuerySelector(".follow-outcome")!.GetAttribute("data-outcome"));
        Assert.Equal("Este enlace ya se usó: usted sigue «Brasil».", (await HtmlDocument.ParseAsync(again)).QuerySelector(".follow-outcome")!.TextContent);
        Assert.True((await portal.QueryAsync(db => db.Subscriptions.AsNoTracking().SingleAsync(s => s.Id == stored.Id))).IsConfirmed);
    }

    [Fact]
    public async Task AnswersTheSameWhetherOrNotTheAddressAlreadyFollows()
    {
        var client = portal.CreatePortalClient();
        using var first = await FollowAsync(client, "en", "Laws", "Taxation", "fan@example.org");
        var id = await portal.QueryAsync(db => db.Subscriptions.Where(s => s.Email == "fan@example.org").Select(s => s.Id).SingleAsync());
        await ConfirmDirectlyAsync(id);

        using var second = await FollowAsync(client, "en", "Laws", "Taxation", "fan@example.org");

        Assert.Equal((await HtmlDocument.ParseAsync(first)).QuerySelector("main")!.TextContent, (await HtmlDocument.ParseAsync(second)).QuerySelector("main")!.TextContent);
        Assert.Equal("You already follow Laws on Taxation", (await LastEmailAsync("fan@example.org")).Subject);
        Assert.Equal(1, await portal.QueryAsync(db => db.Subscriptions.CountAsync(s => s.Email == "fan@example.org")));
    }

    [Theory]
    [InlineData("", "Indique la dirección a la que debe llegar el resumen.")]
    [InlineData("no-es-correo", "Esto no es una dirección de correo.")]
    [InlineData("alguien@mailinator.com", "Use una dirección que lea: los buzones desechables no pueden recibir resúmenes.")]
    public async Task RefusesAMissingInvalidOrThrowAwayAddressInTheVisitorsLanguage(string email, string error)
    {
        using var response = await FollowAsync(portal.CreatePortalClient(), "es", "Indicator", "MSME_DENSITY", email);

        Assert.Equal(error, (await HtmlDocument.ParseAsync(response)).QuerySelector("#Email-error")!.TextContent.Trim());
        Assert.False(await portal.QueryAsync(db => db.Subscriptions.AnyAsync(s => s.Key == "MSME_DENSITY" && s.Email == email)));
    }

    [Theory]
    [InlineData("/en/follow?kind=Country&key=zz")]
    [InlineData("/en/follow?kind=Indicator&key=NO_SUCH")]
    [InlineData("/en/follow?kind=Laws&key=Astrology")]
    public async Task AnswersNotFoundForWhatCannotBeFollowed(string path)
    {
        using var response = await portal.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task SaysAnExpiredLinkHasExpiredAndAnAlteredOneIsNotValid()
    {
        var id = await SubscribeAsync("late@example.org", confirmed: false);
        var tokens = portal.Services.GetRequiredService<FollowTokens>();
        var expired = tokens.Confirmation(id, DateTime.UtcNow.AddMinutes(-1));
        var client = portal.CreateClient();

        using var late = await client.GetAsync($"/fr/follow/confirm?token={Uri.EscapeDataString(expired)}");
        using var altered = await client.GetAsync($"/fr/follow/confirm?token={Uri.EscapeDataString(expired[..^3] + "abc")}");

        Assert.Equal(HttpStatusCode.Gone, late.StatusCode);
        Assert.Equal("expired", (await HtmlDocument.ParseAsync(late)).QuerySelector(".follow-outcome")!.GetAttribute("data-outcome"));
        Assert.Equal(HttpStatusCode.NotFound, altered.StatusCode);
        Assert.Equal("Ce lien n’est pas valide", (await HtmlDocument.ParseAsync(altered)).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task ShowsAndDeletesEverythingHeldAboutAnAddress()
    {
        var first = await SubscribeAsync("many@example.org", confirmed: true, kind: FollowedKind.Country, key: "MX");
        await SubscribeAsync("many@example.org", confirmed: false, kind: FollowedKind.Everything, key: "");
        var token = portal.Services.GetRequiredService<FollowTokens>().Manage(first);
        var client = portal.CreatePortalClient();

        var page = await HtmlDocument.ParseAsync(await client.GetAsync($"/en/follow/manage?token={Uri.EscapeDataString(token)}"));
        Assert.Equal(["Mexico", "Everything that changes on Comunidad PYME"], page.QuerySelectorAll(".follow-held tbody tr td:first-child").Select(td => td.TextContent));

        using var forgotten = await client.PostFormAsync($"/en/follow/manage?token={Uri.EscapeDataString(token)}", [("token", token)], "/en/follow/forget");

        Assert.Contains("(2 subscriptions)", (await HtmlDocument.ParseAsync(forgotten)).QuerySelector(".follow-outcome")!.TextContent);
        Assert.False(await portal.QueryAsync(db => db.Subscriptions.AnyAsync(s => s.Email == "many@example.org")));
    }

    [Fact]
    public async Task SendsADueDigestWithOneClickUnsubscribeThatMailProgramsCanPost()
    {
        var id = await SubscribeAsync("digest@example.org", confirmed: true, kind: FollowedKind.Country, key: "BR", language: "pt");
        await portal.QueryAsync(db => db.Subscriptions.Where(s => s.Id == id)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.DigestedUntilUtc, DateTime.UtcNow.AddYears(-5))));

        var sent = await SendDigestsAsync();

        Assert.True(sent >= 1);
        var digest = await LastEmailAsync("digest@example.org");
        Assert.Equal("Brasil: novidades na Comunidad PYME", digest.Subject);
        Assert.Contains("Novos números:", WebUtility.HtmlDecode(digest.HtmlBody));
        Assert.Equal("List-Unsubscribe=One-Click", digest.Headers["List-Unsubscribe-Post"]);
        var unsubscribe = digest.Headers["List-Unsubscribe"]!.Trim('<', '>');
        Assert.Contains("/pt/follow/unsubscribe?token=", unsubscribe);
        Assert.Equal(0, await SendDigestsAsync()); // the next one waits a week

        // The one-click POST of a mail program: no cookie, no anti-forgery token.
        using var oneClick = await portal.CreateClient().PostAsync(Relative(unsubscribe),
            new FormUrlEncodedContent([KeyValuePair.Create("List-Unsubscribe", "One-Click")]));
        using var twice = await portal.CreateClient().PostAsync(Relative(unsubscribe), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        Assert.False(await portal.QueryAsync(db => db.Subscriptions.AnyAsync(s => s.Id == id)));
        Assert.Equal(HttpStatusCode.NotFound, twice.StatusCode);
    }

    private async Task<int> SendDigestsAsync()
    {
        using var scope = portal.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DigestSender>().SendDueAsync(CancellationToken.None);
    }

    private async Task<int> SubscribeAsync(string email, bool confirmed, FollowedKind kind = FollowedKind.Indicator, string key = "MSME_COUNT", string language = "en")
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var subscription = new Subscription { Email = email, Kind = kind, Key = key, Language = language, CreatedAtUtc = DateTime.UtcNow };
        if (confirmed)
        {
            subscription.Confirm(DateTime.UtcNow);
        }

        db.Subscriptions.Add(subscription);
        await db.SaveChangesAsync();
        return subscription.Id;
    }

    private async Task ConfirmDirectlyAsync(int id)
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        (await db.Subscriptions.SingleAsync(s => s.Id == id)).Confirm(DateTime.UtcNow);
        await db.SaveChangesAsync();
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Links();
}
