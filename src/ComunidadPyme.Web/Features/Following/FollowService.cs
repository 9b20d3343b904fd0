using System.Text.Encodings.Web;
using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Following;
using ComunidadPyme.Core.Legal;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Infrastructure.Email;
using ComunidadPyme.Web.Features.Accounts.Emails;
using ComunidadPyme.Web.Features.Feeds;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Following;

/// <summary>What a subscription follows, named in the reader's language, with the feed scope that finds its changes.</summary>
public sealed record Followed(FollowedKind Kind, string Key, string Title, FeedScope Scope);

public enum ConfirmationOutcome
{
    Confirmed,
    AlreadyConfirmed,
    Expired,
    Invalid,
}

/// <summary>
/// Following by e-mail without an account: double opt-in (a signed link that expires), the same answer whether or
/// not the address is already subscribed, one-click unsubscribe, and a page listing and deleting everything held
/// about an address. Every e-mail is in the subscriber's language.
/// </summary>
public sealed class FollowService(
    AppDbContext db,
    FollowTokens tokens,
    FollowLinks links,
    IMailDelivery mail,
    TimeProvider clock,
    IStringLocalizer<FollowingResource> text,
    IStringLocalizer<Laws.LawsResource> laws,
    ILogger<FollowService> logger)
{
    /// <summary>Null when the country, indicator or topic is unknown.</summary>
    public async Task<Followed?> DescribeAsync(FollowedKind kind, string? key, string language, CancellationToken cancellationToken)
    {
        key = (key ?? string.Empty).Trim();
        switch (kind)
        {
            case FollowedKind.Everything:
                return new Followed(kind, string.Empty, text["Everything that changes on Comunidad PYME"], new FeedScope());
            case FollowedKind.Country:
                var iso2 = key.ToUpperInvariant();
                var country = await db.Countries.AsNoTracking().Where(c => c.Iso2 == iso2).Select(c => c.Name).SingleOrDefaultAsync(cancellationToken);
                return country is null ? null : new Followed(kind, iso2, country.In(language), new FeedScope(Iso2: iso2));
            case FollowedKind.Indicator:
                var code = key.ToUpperInvariant();
                var indicator = await db.Indicators.AsNoTracking().Where(i => i.Code == code && i.IsActive).Select(i => i.Name).SingleOrDefaultAsync(cancellationToken);
                return indicator is null ? null : new Followed(kind, code, indicator.In(language), new FeedScope(IndicatorCode: code));
            case FollowedKind.Laws when key.Length == 0:
                return new Followed(kind, string.Empty, text["Every new or amended law"], new FeedScope(LawsOnly: true));
            case FollowedKind.Laws when Enum.TryParse<LegalTopics>(key, ignoreCase: true, out var topic) && Enum.IsDefined(topic)
                                         && topic != LegalTopics.None && !int.TryParse(key, out _):
                return new Followed(kind, topic.ToString(), text["Laws on {0}", laws[$"LegalTopics.{topic}"].Value],
                    new FeedScope(Topic: topic, LawsOnly: true));
            default:
                return null;
        }
    }

    /// <summary>
    /// Sends the confirmation link, or, to an address that already follows this, a reminder with its management link.
    /// The page says the same in every case, so nobody learns from it whether an address is subscribed.
    /// </summary>
    public async Task RequestAsync(Followed followed, string email, DigestFrequency frequency, string language, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var subscription = await db.Subscriptions.SingleOrDefaultAsync(
            s => s.Email == email && s.Kind == followed.Kind && s.Key == followed.Key, cancellationToken);
        if (subscription is null)
        {
            subscription = new Subscription
            {
                Email = email, Language = language, Kind = followed.Kind, Key = followed.Key, Frequency = frequency, CreatedAtUtc = now,
            };
            db.Subscriptions.Add(subscription);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The same address asked twice at once: the other request sends the link.
                return;
            }
        }
        else if (!subscription.IsConfirmed)
        {
            subscription.Language = language;
            subscription.Frequency = frequency;
            await db.SaveChangesAsync(cancellationToken);
        }

        using var culture = new CultureScope(language);
        var html = HtmlEncoder.Default;
        string subject, body;
        if (subscription.IsConfirmed)
        {
            var manage = links.Manage(language, tokens.Manage(subscription.Id));
            subject = text["You already follow {0}", followed.Title];
            body = $"""
                <p>{html.Encode(text["Someone, probably you, asked to follow “{0}” on Comunidad PYME with this address. It already receives that digest.", followed.Title])}</p>
                <p><a href="{html.Encode(manage)}">{html.Encode(text["See or delete your subscriptions"])}</a></p>
                """;
        }
        else
        {
            var confirm = links.Confirm(language, tokens.Confirmation(subscription.Id, now + Subscription.ConfirmationLifetime));
            subject = text["Confirm that you want to follow {0}", followed.Title];
            body = $"""
                <p>{html.Encode(text["Someone, probably you, asked to receive a {0} digest of the changes to “{1}” on Comunidad PYME at this address.", text[$"DigestFrequency.{frequency}"].Value, followed.Title])}</p>
                <p><a href="{html.Encode(confirm)}">{html.Encode(text["Confirm the subscription"])}</a></p>
                <p>{html.Encode(text["The link works for two days. If you did not ask for this, ignore this e-mail: nothing will be sent."])}</p>
                """;
        }

        await SendAsync(mail.Create(email, subject, body), cancellationToken);
    }

    public async Task<(ConfirmationOutcome Outcome, Followed? Followed)> ConfirmAsync(string? token, bool apply, string language, CancellationToken cancellationToken)
    {
        if (tokens.ReadConfirmation(token) is not var (id, expires))
        {
            return (ConfirmationOutcome.Invalid, null);
        }

        var subscription = await db.Subscriptions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (subscription is null)
        {
            return (ConfirmationOutcome.Invalid, null);
        }

        var followed = await DescribeAsync(subscription.Kind, subscription.Key, language, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (subscription.IsConfirmed)
        {
            return (ConfirmationOutcome.AlreadyConfirmed, followed);
        }

        if (now > expires)
        {
            return (ConfirmationOutcome.Expired, followed);
        }

        if (apply)
        {
            subscription.Confirm(now);
            await db.SaveChangesAsync(cancellationToken);
        }

        return (ConfirmationOutcome.Confirmed, followed);
    }

    /// <summary>Everything held about the address the token belongs to; null for an unknown token.</summary>
    public async Task<IReadOnlyList<(Subscription Subscription, Followed? Followed, string Token)>?> HeldAboutAsync(
        string? token, string language, CancellationToken cancellationToken)
    {
        if (tokens.ReadManage(token) is not { } id
            || await db.Subscriptions.AsNoTracking().Where(s => s.Id == id).Select(s => s.Email).SingleOrDefaultAsync(cancellationToken) is not { } email)
        {
            return null;
        }

        var all = await db.Subscriptions.AsNoTracking().Where(s => s.Email == email).OrderBy(s => s.CreatedAtUtc).ToListAsync(cancellationToken);
        var result = new List<(Subscription, Followed?, string)>();
        foreach (var subscription in all)
        {
            result.Add((subscription, await DescribeAsync(subscription.Kind, subscription.Key, language, cancellationToken), tokens.Manage(subscription.Id)));
        }

        return result;
    }

    /// <summary>Deletes the subscription of the token; null when there is none (already unsubscribed, or a wrong link).</summary>
    public async Task<Followed?> UnsubscribeAsync(string? token, string language, CancellationToken cancellationToken)
    {
        if (tokens.ReadManage(token) is not { } id || await db.Subscriptions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } subscription)
        {
            return null;
        }

        var followed = await DescribeAsync(subscription.Kind, subscription.Key, language, cancellationToken)
                       ?? new Followed(subscription.Kind, subscription.Key, subscription.Key, new FeedScope());
        db.Subscriptions.Remove(subscription);
        await db.SaveChangesAsync(cancellationToken);
        return followed;
    }

    /// <summary>Deletes every subscription of the token's address; the number deleted, or null for an unknown token.</summary>
    public async Task<int?> ForgetAsync(string? token, CancellationToken cancellationToken)
    {
        if (tokens.ReadManage(token) is not { } id
            || await db.Subscriptions.Where(s => s.Id == id).Select(s => s.Email).SingleOrDefaultAsync(cancellationToken) is not { } email)
        {
            return null;
        }

        return await db.Subscriptions.Where(s => s.Email == email).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task SendAsync(MimeKit.MimeMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await mail.DeliverAsync(message, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "A following e-mail could not be sent");
        }
    }
}
