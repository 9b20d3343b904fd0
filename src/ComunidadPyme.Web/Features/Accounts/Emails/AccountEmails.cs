using System.Text.Encodings.Web;
using ComunidadPyme.Core.Common;
using ComunidadPyme.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Accounts.Emails;

/// <summary>The emails about an account, written in the recipient's preferred language.</summary>
public sealed class AccountEmails(IEmailSender sender, IStringLocalizer<AccountsResource> localizer)
{
    public Task SendInvitationAsync(ApplicationUser user, string link) =>
        SendAsync(user, "Your invitation to Comunidad PYME",
            "You have been invited to Comunidad PYME, the workspace of the Inter-American network of MSME authorities.",
            "Choose your password", link,
            "The link is valid for 3 days. If you were not expecting this invitation, you can ignore this email.");

    public Task SendPasswordResetAsync(ApplicationUser user, string link) =>
        SendAsync(user, "Reset your Comunidad PYME password",
            "Someone, probably you, asked to reset the password of your Comunidad PYME account.",
            "Choose a new password", link,
            "The link is valid for 3 hours. If you did not ask for it, ignore this email: your password stays the same.");

    private Task SendAsync(ApplicationUser user, string subject, string intro, string action, string link, string note)
    {
        var language = Languages.IsSupported(user.PreferredLanguage) ? user.PreferredLanguage : Languages.English;
        string subjectText, body;
        using (new CultureScope(language))
        {
            var html = HtmlEncoder.Default;
            subjectText = localizer[subject];
            body = $"""
                <p>{html.Encode(localizer["Hello {0},", user.DisplayName])}</p>
                <p>{html.Encode(localizer[intro])}</p>
                <p><a href="{html.Encode(link)}">{html.Encode(localizer[action])}</a></p>
                <p>{html.Encode(localizer["If the button does not work, copy this address into your browser:"])}<br>{html.Encode(link)}</p>
                <p>{html.Encode(localizer[note])}</p>
                """;
        }

        return sender.SendEmailAsync(user.Email ?? string.Empty, subjectText, body);
    }
}
