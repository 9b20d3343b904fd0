using System.Text.Encodings.Web;
using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Security;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Infrastructure.Identity;
using ComunidadPyme.Web.Features.Accounts.Emails;
using ComunidadPyme.Web.Features.Workspace.Progress;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Review;

/// <summary>
/// Tells the other side of a report's review what happened: a submission or a country's comment goes to the
/// reviewers, a return, acceptance, reopening or reviewer's comment to the country's focal points. Each e-mail is
/// in its recipient's language and links to the exact page. A failed send is logged and never undoes the action.
/// </summary>
public sealed class ReviewEmails(
    IEmailSender sender,
    AppDbContext db,
    UserManager<ApplicationUser> users,
    LinkGenerator links,
    IStringLocalizer<ReviewResource> localizer,
    ILogger<ReviewEmails> logger)
{
    public async Task NotifyAsync(ReviewNotice notice, HttpContext http, CancellationToken cancellationToken)
    {
        var toReviewers = notice.Action is ReviewAction.Submit or ReviewAction.CountryComment;
        var recipients = toReviewers ? await ReviewersAsync() : await FocalPointsAsync(notice.CountryId, cancellationToken);
        foreach (var user in recipients.Where(u => !u.IsDisabled && !string.IsNullOrEmpty(u.Email)))
        {
            var language = Languages.IsSupported(user.PreferredLanguage) ? user.PreferredLanguage : Languages.English;
            var link = toReviewers
                ? links.GetUriByAction(http, nameof(ReviewController.Report), "Review", new { lang = language, id = notice.ReportId })
                : links.GetUriByAction(http, "Edit", "WorkspaceProgress", new { lang = language, iso2 = notice.CountryIso2.ToLowerInvariant(), id = notice.ReportId });
            try
            {
                var (subject, body) = Write(notice, user, language, link ?? string.Empty);
                await sender.SendEmailAsync(user.Email!, subject, body);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "The {Action} e-mail about progress report {ReportId} to {Recipient} could not be sent",
                    notice.Action, notice.ReportId, user.Email);
            }
        }
    }

    private async Task<IReadOnlyList<ApplicationUser>> ReviewersAsync() =>
        [.. await users.GetUsersInRoleAsync(Roles.Reviewer)];

    private async Task<IReadOnlyList<ApplicationUser>> FocalPointsAsync(int countryId, CancellationToken cancellationToken) =>
        await db.Users.Where(u => db.CountryAssignments.Any(a => a.UserId == u.Id && a.CountryId == countryId))
            .ToListAsync(cancellationToken);

    private (string Subject, string Body) Write(ReviewNotice notice, ApplicationUser user, string language, string link)
    {
        using var culture = new CultureScope(language);
        var html = HtmlEncoder.Default;
        var (subject, intro) = notice.Action switch
        {
            ReviewAction.Submit => ("A progress report is waiting for review", "{0} has submitted a progress report for review."),
            ReviewAction.CountryComment => ("A country has answered in a review thread", "{0} has written in the thread of a progress report."),
            ReviewAction.Accept => ("Your progress report has been accepted", "{0} has accepted your progress report. It is now public."),
            ReviewAction.Return => ("Your progress report has been returned", "{0} has returned your progress report with what to change."),
            ReviewAction.Reopen => ("Your accepted progress report has been reopened", "{0} has reopened your accepted progress report."),
            ReviewAction.Correct => ("The OAS level of your progress report has been corrected", "{0} has corrected the OAS review's level of your accepted progress report."),
            _ => ("A reviewer has commented on your progress report", "{0} has commented on your progress report."),
        };
        var text = string.IsNullOrWhiteSpace(notice.Text)
            ? string.Empty
            : $"<blockquote>{html.Encode(notice.Text)}</blockquote>";
        var body = $"""
            <p>{html.Encode(localizer["Hello {0},", user.DisplayName])}</p>
            <p>{html.Encode(localizer[intro, notice.Actor])}</p>
            {text}
            <p><a href="{html.Encode(link)}">{html.Encode(localizer["Open the report"])}</a></p>
            <p>{html.Encode(localizer["If the button does not work, copy this address into your browser:"])}<br>{html.Encode(link)}</p>
            """;
        return (localizer[subject], body);
    }
}
