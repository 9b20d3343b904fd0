using System.Text;
using System.Text.Encodings.Web;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Infrastructure.Email;
using ComunidadPyme.Web.Features.Accounts.Emails;
using ComunidadPyme.Web.Features.Feeds;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Following;

/// <summary>
/// Sends each confirmed subscription its digest when due (a week or a month after the last): the changes since then
/// (new or amended laws, new figures, accepted progress reports, programme deadlines), in the subscriber's language,
/// with one-click unsubscribe (RFC 8058 List-Unsubscribe headers). Nothing changed, nothing is sent.
/// </summary>
public sealed class DigestSender(
    AppDbContext db,
    FollowService following,
    FeedService feeds,
    FollowTokens tokens,
    FollowLinks links,
    IMailDelivery mail,
    TimeProvider clock,
    IStringLocalizer<FollowingResource> text,
    ILogger<DigestSender> logger)
{
    /// <summary>The number of digests sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var confirmed = await db.Subscriptions.Where(s => s.IsConfirmed).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var subscription in confirmed.Where(s => s.IsDueOn(now)))
        {
            using var culture = new CultureScope(subscription.Language);
            var followed = await following.DescribeAsync(subscription.Kind, subscription.Key, subscription.Language, cancellationToken);
            var since = subscription.DigestedUntilUtc!.Value;
            var entries = followed is null
                ? []
                : (await feeds.EntriesAsync(followed.Scope, subscription.Language, cancellationToken)).Where(e => e.UpdatedUtc > since && e.UpdatedUtc <= now).ToList();
            if (entries.Count > 0)
            {
                try
                {
                    await mail.DeliverAsync(Digest(subscription.Email, subscription.Language, subscription.Id, followed!, entries), cancellationToken);
                    sent++;
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogError(exception, "The digest of subscription {SubscriptionId} could not be sent", subscription.Id);
                    continue;
                }
            }

            subscription.DigestedUntilUtc = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }

    private MimeKit.MimeMessage Digest(string email, string language, int id, Followed followed, IReadOnlyList<FeedEntry> entries)
    {
        var html = HtmlEncoder.Default;
        var token = tokens.Manage(id);
        var unsubscribe = links.Unsubscribe(language, token);
        var items = new StringBuilder();
        foreach (var entry in entries)
        {
            var route = FeedEntryRoute.For(entry, language);
            var link = links.To(route.Action, route.Controller, route.Values, route.Fragment);
            items.Append($"<li><a href=\"{html.Encode(link)}\">{html.Encode(entry.Title)}</a><br>{html.Encode(entry.Summary)}</li>");
        }

        var body = $"""
            <p>{html.Encode(text["What changed for “{0}” on Comunidad PYME:", followed.Title])}</p>
            <ul>{items}</ul>
            <p><a href="{html.Encode(unsubscribe)}">{html.Encode(text["Unsubscribe"])}</a> · <a href="{html.Encode(links.Manage(language, token))}">{html.Encode(text["See or delete your subscriptions"])}</a></p>
            """;
        var message = mail.Create(email, text["{0}: what changed on Comunidad PYME", followed.Title], body);
        message.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return message;
    }
}

/// <summary>Runs <see cref="DigestSender"/> every <c>Following:DigestInterval</c> (an hour by default).</summary>
public sealed class DigestService(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<DigestService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("Following:DigestInterval", TimeSpan.FromHours(1));
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var sent = await scope.ServiceProvider.GetRequiredService<DigestSender>().SendDueAsync(stoppingToken);
                if (sent > 0)
                {
                    logger.LogInformation("{Count} digests sent", sent);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Sending the digests failed; they will be tried again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
