using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Reminders;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Infrastructure.Email;
using ComunidadPyme.Web.Features.Accounts.Emails;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ComunidadPyme.Web.Features.Workspace.Review.Freshness;

public sealed class ReminderOptions
{
    public const string SectionName = "Reminders";

    /// <summary>Whether the scheduled job runs; an administrator can always start a run from the freshness page.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the scheduled job runs. A run in a period that has already been reminded sends nothing new.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The period a reminder belongs to, as a .NET date format of the run's UTC date: one reminder per country, part and period.</summary>
    public string PeriodFormat { get; set; } = "yyyy-MM";
}

/// <summary>What one run did: reminders created, e-mails sent, reminders whose sending failed (left for the next run).</summary>
public sealed record ReminderRunResult(string Period, int Created, int Sent, int Failed);

/// <summary>
/// Reminds each country's focal points of what is stale in its data, by the same rules as the freshness page
/// (<see cref="RegionFreshnessReader"/>). For each stale part and each focal point it records one reminder per
/// period (the table's unique key makes a second run a no-op), then sends every reminder of this period not yet
/// sent, one e-mail per focal point and country in the focal point's language. A failed send leaves the reminders
/// unsent with the error, to be tried again on the next run, in this period or a later one (an unsent reminder of
/// an earlier period is carried into the current one while its part is still stale).
/// </summary>
public sealed class StaleDataReminderJob(
    AppDbContext db,
    RegionFreshnessReader reader,
    IEmailSender sender,
    LinkGenerator links,
    IOptions<ReminderOptions> options,
    IOptions<EmailOptions> emailOptions,
    IStringLocalizer<ReviewFreshnessResource> localizer,
    TimeProvider clock,
    ILogger<StaleDataReminderJob> logger)
{
    /// <summary>Where links in reminders point when <c>Email:PublicAddress</c> is not set.</summary>
    public const string DefaultPublicAddress = "http://localhost:5080";

    public async Task<ReminderRunResult> RunAsync(CancellationToken cancellationToken)
    {
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var period = nowUtc.ToString(options.Value.PeriodFormat, CultureInfo.InvariantCulture);

        var created = await CreateRemindersAsync(period, nowUtc, cancellationToken);
        var (sent, failed) = await SendUnsentAsync(period, cancellationToken);
        logger.LogInformation("Stale-data reminders for {Period}: {Created} created, {Sent} sent, {Failed} failed",
            period, created, sent, failed);
        return new ReminderRunResult(period, created, sent, failed);
    }

    private async Task<int> CreateRemindersAsync(string period, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var countries = (await reader.ReadAsync(new FreshnessScope(), cancellationToken)).ToDictionary(c => c.Id);
        var recipients = await FocalPointsAsync(cancellationToken);
        var existing = (await db.StaleDataReminders.AsNoTracking()
                .Where(r => r.Period == period)
                .Select(r => new { r.CountryId, r.Part, r.Recipient })
                .ToListAsync(cancellationToken))
            .Select(r => (r.CountryId, r.Part, r.Recipient.ToUpperInvariant()))
            .ToHashSet();

        // Reminders of earlier periods that were never sent (the mail server refused): still stale, they move to this
        // period, keeping their attempts and last error, and are sent with it; no longer stale (or no longer the
        // country's focal point), they are dropped, as there is nothing left to remind.
        var focal = recipients.Select(r => (r.CountryId, r.Email.ToUpperInvariant())).ToHashSet();
        var earlier = await db.StaleDataReminders
            .Where(r => r.Period != period && r.SentAtUtc == null)
            .ToListAsync(cancellationToken);
        var (created, carriedOrDropped) = (0, 0);
        foreach (var reminder in earlier)
        {
            var key = (reminder.CountryId, reminder.Part, reminder.Recipient.ToUpperInvariant());
            var stillStale = countries.TryGetValue(reminder.CountryId, out var stale)
                             && stale.StaleReminderParts().Contains(reminder.Part, StringComparer.Ordinal)
                             && focal.Contains((reminder.CountryId, key.Item3));
            if (stillStale && existing.Add(key))
            {
                logger.LogInformation("An unsent stale-data reminder of {Earlier} ({Part}, country {CountryId}) is carried into {Period}",
                    reminder.Period, reminder.Part, reminder.CountryId, period);
                reminder.Period = period;
            }
            else
            {
                logger.LogInformation("An unsent stale-data reminder of {Earlier} ({Part}, country {CountryId}) is dropped: nothing left to remind",
                    reminder.Period, reminder.Part, reminder.CountryId);
                db.StaleDataReminders.Remove(reminder);
            }

            carriedOrDropped++;
        }

        foreach (var recipient in recipients)
        {
            if (!countries.TryGetValue(recipient.CountryId, out var country))
            {
                continue;
            }

            foreach (var part in country.StaleReminderParts())
            {
                if (existing.Add((country.Id, part, recipient.Email.ToUpperInvariant())))
                {
                    db.StaleDataReminders.Add(new StaleDataReminder
                    {
                        CountryId = country.Id, Part = part, Period = period, Recipient = recipient.Email, CreatedAtUtc = nowUtc,
                    });
                    created++;
                }
            }
        }

        if (created + carriedOrDropped > 0)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException exception)
            {
                // Another run recorded the same reminders at the same moment; its rows are the ones sent.
                logger.LogWarning(exception, "Stale-data reminders for {Period} were being recorded by another run", period);
                db.ChangeTracker.Clear();
                return 0;
            }
        }

        return created;
    }

    private async Task<(int Sent, int Failed)> SendUnsentAsync(string period, CancellationToken cancellationToken)
    {
        var unsent = await db.StaleDataReminders
            .Where(r => r.Period == period && r.SentAtUtc == null)
            .OrderBy(r => r.CountryId).ThenBy(r => r.Recipient).ThenBy(r => r.Part)
            .ToListAsync(cancellationToken);
        if (unsent.Count == 0)
        {
            return (0, 0);
        }

        var countryIds = unsent.Select(r => r.CountryId).Distinct().ToList();
        var countries = await db.Countries.AsNoTracking().Where(c => countryIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Iso2, c.Name }).ToDictionaryAsync(c => c.Id, cancellationToken);
        var people = (await FocalPointsAsync(cancellationToken))
            .GroupBy(p => p.Email, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

        var (sent, failed) = (0, 0);
        foreach (var batch in unsent.GroupBy(r => (r.CountryId, r.Recipient)))
        {
            var country = countries[batch.Key.CountryId];
            var person = people.GetValueOrDefault(batch.Key.Recipient);
            var language = person is not null && Languages.IsSupported(person.Language) ? person.Language : Languages.English;
            try
            {
                var (subject, body) = Write(country.Iso2, country.Name.In(language), person?.Name, language, [.. batch.Select(r => r.Part)]);
                await sender.SendEmailAsync(batch.Key.Recipient, subject, body);
                foreach (var reminder in batch)
                {
                    reminder.Sent(clock.GetUtcNow().UtcDateTime);
                    logger.LogInformation("Stale-data reminder sent to {Recipient}: {Country} {Part} ({Period})",
                        reminder.Recipient, country.Iso2, reminder.Part, period);
                }

                sent += batch.Count();
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                foreach (var reminder in batch)
                {
                    reminder.Failed($"{exception.GetType().Name}: {exception.Message}");
                }

                failed += batch.Count();
                logger.LogError(exception, "The stale-data reminder to {Recipient} about {Country} ({Period}) could not be sent; it will be retried on the next run",
                    batch.Key.Recipient, country.Iso2, period);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return (sent, failed);
    }

    private sealed record Recipient(int CountryId, string Email, string Name, string Language);

    /// <summary>The focal points of every country: the active accounts assigned to it, with an e-mail address.</summary>
    private async Task<List<Recipient>> FocalPointsAsync(CancellationToken cancellationToken) =>
        await (from a in db.CountryAssignments
               join u in db.Users on a.UserId equals u.Id
               where u.DisabledAtUtc == null && u.Email != null && u.Email != ""
               orderby a.CountryId, u.Email
               select new Recipient(a.CountryId, u.Email!, u.DisplayName, u.PreferredLanguage))
            .ToListAsync(cancellationToken);

    private (string Subject, string Body) Write(string iso2, string countryName, string? name, string language, IReadOnlyList<string> parts)
    {
        using var culture = new CultureScope(language);
        var html = HtmlEncoder.Default;
        var items = new StringBuilder();
        foreach (var part in parts)
        {
            var link = Link(language, iso2, CountryFreshness.SectionOf(part));
            var label = part.StartsWith(CountryFreshness.IndicatorReminderPrefix, StringComparison.Ordinal)
                ? localizer["Indicator {0}", part[CountryFreshness.IndicatorReminderPrefix.Length..]].Value
                : localizer[$"ReminderPart.{part}"].Value;
            items.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{html.Encode(link)}\">{html.Encode(label)}</a></li>");
        }

        var body = $"""
            <p>{html.Encode(localizer["Hello {0},", name ?? string.Empty])}</p>
            <p>{html.Encode(localizer["Some of {0}'s data on the Comunidad PYME portal have not been updated or confirmed for a long time:", countryName])}</p>
            <ul>{items}</ul>
            <p>{html.Encode(localizer["Please update them, or confirm in the workspace that they are still current."])}</p>
            """;
        return (localizer["Data to update for {0}", countryName], body);
    }

    private string Link(string language, string iso2, string section)
    {
        var address = new Uri(string.IsNullOrWhiteSpace(emailOptions.Value.PublicAddress) ? DefaultPublicAddress : emailOptions.Value.PublicAddress);
        var controller = section switch
        {
            Common.WorkspaceSections.FocalPoints => "WorkspaceFocalPoints",
            Common.WorkspaceSections.Definitions => "WorkspaceDefinitions",
            Common.WorkspaceSections.Laws => "WorkspaceLaws",
            Common.WorkspaceSections.Programmes => "WorkspaceProgrammes",
            Common.WorkspaceSections.Progress => "WorkspaceProgress",
            _ => "Observations",
        };
        return links.GetUriByAction("Index", controller, new { lang = language, iso2 = iso2.ToLowerInvariant() },
            address.Scheme, new HostString(address.Authority), new PathString(address.AbsolutePath.TrimEnd('/')))
            ?? $"{address.GetLeftPart(UriPartial.Authority)}/{language}/workspace/{iso2.ToLowerInvariant()}";
    }
}

/// <summary>Runs <see cref="StaleDataReminderJob"/> on the schedule of <c>Reminders:Interval</c> when <c>Reminders:Enabled</c>.</summary>
public sealed class StaleDataReminderService(
    IServiceScopeFactory scopes, IOptions<ReminderOptions> options, TimeProvider clock, ILogger<StaleDataReminderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<StaleDataReminderJob>().RunAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "The stale-data reminder run failed; it will run again in {Interval}", options.Value.Interval);
            }
        }
    }
}
