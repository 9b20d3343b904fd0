using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComunidadPyme.Infrastructure.Email;

/// <summary>Sends through the SMTP server of the <c>Email</c> section, with STARTTLS when the server offers it.</summary>
public sealed class SmtpEmailSender(
    EmailMessageFactory messages, IOptions<EmailOptions> options, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    public async Task SendEmailAsync(string email, string subject, string htmlMessage)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.Host))
        {
            throw new InvalidOperationException("Email:Host is not configured, so no email can be sent.");
        }

        using var client = new SmtpClient();
        await client.ConnectAsync(settings.Host, settings.Port, SecureSocketOptions.Auto);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? string.Empty);
        }

        await client.SendAsync(messages.Create(email, subject, htmlMessage));
        await client.DisconnectAsync(quit: true);
        logger.LogInformation("Email to {Recipient} sent through {Host}", email, settings.Host);
    }
}
