using System.Net;
using ComunidadPyme.Core.Countries;
using ComunidadPyme.FunctionalTests.Support;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.Review.Freshness;

/// <summary>Reminders of stale data: one per country, part, period and focal point, in the focal point's language.</summary>
public sealed class StaleDataReminderTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ARunRemindsTheFocalPointInTheirLanguageAndASecondRunSendsNothingNew()
    {
        await Reminders.MakeBrazilsProgrammesStaleAsync(portal);
        await portal.QueryAsync(db => db.Users.Where(u => u.Email == "focal.br@example.org")
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.PreferredLanguage, "pt")));
        var admin = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Administrator);

        var first = await admin.PostFormAsync("/en/review/freshness/reminders", []);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var rows = await Reminders.OfBrazilAsync(portal);
        var programmes = Assert.Single(rows, r => r.Part == "programmes" && r.Recipient == "focal.br@example.org");
        Assert.NotNull(programmes.SentAtUtc);
        Assert.Equal(DateTime.UtcNow.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), programmes.Period);
        var mails = await Reminders.EmailsToAsync(portal, "focal.br@example.org");
        var mail = Assert.Single(mails);
        Assert.Equal("Dados a atualizar de Brasil", mail.Subject);
        Assert.Contains("/pt/workspace/br/programmes", mail.HtmlBody);
        var page = await HtmlDocument.ParseAsync(await admin.GetAsync("/en/review/freshness"));
        Assert.Contains("reminders sent.", page.QuerySelector(".status-message")!.TextContent);
        Assert.Contains("focal.br@example.org", page.QuerySelector(".reminders-table tr[data-country=BR][data-part=programmes]")!.TextContent);
        Assert.Contains("Sent", page.QuerySelector(".reminders-table tr[data-country=BR][data-part=programmes] .reminder-status")!.TextContent);

        var second = await admin.PostFormAsync("/en/review/freshness/reminders", []);

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(rows.Count, (await Reminders.OfBrazilAsync(portal)).Count);
        Assert.Single(await Reminders.EmailsToAsync(portal, "focal.br@example.org"));
        var again = await HtmlDocument.ParseAsync(await admin.GetAsync("/en/review/freshness"));
        Assert.Contains("Nothing new to remind this period", again.QuerySelector(".status-message")!.TextContent);
    }

    [Fact]
    public async Task ReviewersSeeTheRemindersButCannotStartARun()
    {
        var reviewer = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);

        var page = await HtmlDocument.ParseAsync(await reviewer.GetAsync("/en/review/freshness"));
        var post = await reviewer.PostFormAsync("/en/review/freshness/reminders", []);

        Assert.NotNull(page.QuerySelector("#reminders-heading"));
        Assert.Null(page.QuerySelector("form.send-reminders"));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }
}

/// <summary>A reminder run while the mail server is down: nothing is marked sent, the administrator is told, the next run sends.</summary>
public sealed class StaleDataReminderFailureTests(StaleDataReminderFailureTests.MailServerDownPortal portal)
    : IClassFixture<StaleDataReminderFailureTests.MailServerDownPortal>
{
    [Fact]
    public async Task AFailedSendStaysUnsentWithItsErrorAndIsSentOnTheNextRun()
    {
        await Reminders.MakeBrazilsProgrammesStaleAsync(portal);
        var admin = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Administrator);
        portal.Mail.IsDown = true;

        var failed = await admin.PostFormAsync("/en/review/freshness/reminders", []);

        Assert.Equal(HttpStatusCode.Redirect, failed.StatusCode);
        var page = await HtmlDocument.ParseAsync(await admin.GetAsync("/en/review/freshness"));
        Assert.Contains("could not be sent; they will be retried on the next run.", page.QuerySelector(".reminder-failure")!.TextContent);
        var unsent = await Reminders.OfBrazilAsync(portal);
        Assert.NotEmpty(unsent);
        Assert.All(unsent, r => Assert.Null(r.SentAtUtc));
        Assert.All(unsent, r => Assert.Contains("Connection refused", r.LastError));
        Assert.Contains("Connection refused", page.QuerySelector(".reminders-table tr[data-country=BR] .reminder-status")!.TextContent);
        Assert.Empty(await Reminders.EmailsToAsync(portal, "focal.br@example.org"));

        portal.Mail.IsDown = false;
        await admin.PostFormAsync("/en/review/freshness/reminders", []);

        var sent = await Reminders.OfBrazilAsync(portal);
        Assert.Equal(unsent.Select(r => r.Id), sent.Select(r => r.Id));
        Assert.All(sent, r => Assert.NotNull(r.SentAtUtc));
        Assert.All(sent, r => Assert.Null(r.LastError));
        Assert.All(sent, r => Assert.Equal(2, r.Attempts));
        Assert.Single(await Reminders.EmailsToAsync(portal, "focal.br@example.org"));
    }

    public sealed class MailServerDownPortal : PortalFactory
    {
        public SwitchableMail Mail { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton(Mail);
                services.AddSingleton<IEmailSender>(provider =>
                {
                    Mail.Inner = ActivatorUtilities.CreateInstance<ComunidadPyme.Infrastructure.Email.FileDropEmailSender>(provider);
                    return Mail;
                });
            });
        }
    }

    /// <summary>The development file drop, or a refusal as from a mail server that cannot be reached.</summary>
    public sealed class SwitchableMail : IEmailSender
    {
        public volatile bool IsDown;

        public IEmailSender? Inner { get; set; }

        public Task SendEmailAsync(string email, string subject, string htmlMessage) => IsDown
            ? throw new System.Net.Sockets.SocketException(111, "Connection refused")
            : Inner!.SendEmailAsync(email, subject, htmlMessage);
    }
}

/// <summary>
/// A reminder that could not be sent last month: sent with this month's run while its part is still stale, dropped
/// when there is nothing left to remind. A portal of its own: every run reminds the whole region.
/// </summary>
public sealed class StaleDataReminderCarryOverTests(StaleDataReminderFailureTests.MailServerDownPortal portal)
    : IClassFixture<StaleDataReminderFailureTests.MailServerDownPortal>
{
    [Fact]
    public async Task AnUnsentReminderOfAnEarlierPeriodIsSentInTheNextWhileItsPartIsStillStaleAndDroppedOtherwise()
    {
        var mexico = await portal.CountryIdAsync("MX");
        await portal.QueryAsync(async db =>
        {
            await db.SupportProgrammes.Where(p => p.CountryId == mexico).ExecuteUpdateAsync(s => s.SetProperty(p => p.UpdatedAtUtc, DateTime.UtcNow.AddYears(-2)));
            return await db.SectionConfirmations.Where(c => c.CountryId == mexico && c.Section == ProfileSection.Programmes).ExecuteDeleteAsync();
        });
        var admin = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Administrator);
        portal.Mail.IsDown = true;
        await admin.PostFormAsync("/en/review/freshness/reminders", []);
        var failed = await portal.QueryAsync(db => db.StaleDataReminders.AsNoTracking()
            .Where(r => r.CountryId == mexico && r.Part == "programmes" && r.SentAtUtc == null).ToListAsync());
        Assert.NotEmpty(failed);
        // As if the failure had happened last month, with a reminder about definitions that are current by now.
        await portal.QueryAsync(db => db.StaleDataReminders.Where(r => r.CountryId == mexico && r.SentAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Period, "2000-01")));
        var obsolete = await portal.AddAsync(new ComunidadPyme.Core.Reminders.StaleDataReminder
        {
            CountryId = mexico, Part = "definitions", Period = "2000-01", Recipient = "focal.mx@example.org",
            CreatedAtUtc = DateTime.UtcNow.AddMonths(-1), Attempts = 1, LastError = "Connection refused",
        });

        portal.Mail.IsDown = false;
        await admin.PostFormAsync("/en/review/freshness/reminders", []);

        var period = DateTime.UtcNow.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var after = await portal.QueryAsync(db => db.StaleDataReminders.AsNoTracking().Where(r => r.CountryId == mexico).ToListAsync());
        foreach (var reminder in failed)
        {
            var now = after.Single(r => r.Id == reminder.Id);
            Assert.Equal(period, now.Period);
            Assert.NotNull(now.SentAtUtc);
            Assert.Equal(2, now.Attempts);
        }

        Assert.DoesNotContain(after, r => r.Id == obsolete.Id);
        Assert.DoesNotContain(after, r => r.Period == "2000-01");
        var emails = await Reminders.EmailsToAsync(portal, "focal.mx@example.org");
        Assert.Single(emails);
    }
}

internal static class Reminders
{
    public static async Task MakeBrazilsProgrammesStaleAsync(PortalFactory portal)
    {
        var twoYearsAgo = DateTime.UtcNow.AddYears(-2);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var brazil = await db.Countries.Where(c => c.Iso2 == "BR").Select(c => c.Id).SingleAsync();
        await db.SupportProgrammes.Where(p => p.CountryId == brazil).ExecuteUpdateAsync(s => s.SetProperty(p => p.UpdatedAtUtc, twoYearsAgo));
        await db.SectionConfirmations.Where(c => c.CountryId == brazil && c.Section == ProfileSection.Programmes).ExecuteDeleteAsync();
    }

    public static Task<List<ComunidadPyme.Core.Reminders.StaleDataReminder>> OfBrazilAsync(PortalFactory portal) =>
        portal.QueryAsync(db => db.StaleDataReminders.AsNoTracking()
            .Where(r => db.Countries.Any(c => c.Id == r.CountryId && c.Iso2 == "BR"))
            .OrderBy(r => r.Id).ToListAsync());

    public static async Task<List<MimeMessage>> EmailsToAsync(PortalFactory portal, string to)
    {
        var folder = Path.Combine(portal.DataDirectory, "mail");
        var messages = new List<MimeMessage>();
        foreach (var file in Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.eml") : [])
        {
            var message = await MimeMessage.LoadAsync(file);
            if (message.To.Mailboxes.Any(m => m.Address == to))
            {
                messages.Add(message);
            }
        }

        return messages;
    }
}
