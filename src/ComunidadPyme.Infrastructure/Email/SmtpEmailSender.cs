using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComunidadPyme.Infrastructure.Email;

/// <summary>Sends through the SMTP server of the <c>Email</c> section, with STARTTLS when the server offers it.</summary>
public sealed class SmtpEmailSender(
    EmailMessageFactory messages, IOptions<EmailOptions> options, ILogger<SmtpEmailSender> logger) : IEmailSender, IMailDelivery
{
    public Task SendEmailAsync(string email, string subject, string htmlMessage) =>
        DeliverAsync(messages.Create(email, subject, htmlMessage));

    public MimeKit.MimeMessage Create(string to, string subject, string htmlBody) => messages.Create(to, subject, htmlBody);

    public async Task DeliverAsync(MimeKit.MimeMessage message, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.Host))
        {
            throw new InvalidOperationException("Email:Host is not configured, so no email can be sent.");
        }

        using var client = new SmtpClient();
        await client.ConnectAsync(settings.Host, settings.Port, SecureSocketOptions.Auto, cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        logger.LogInformation("Email to {Recipient} sent through {Host}", message.To.ToString(), settings.Host);
    }
}
