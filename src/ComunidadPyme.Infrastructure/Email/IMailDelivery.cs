using MimeKit;

namespace ComunidadPyme.Infrastructure.Email;

/// <summary>
/// Delivers a complete message, for e-mails that need more than a subject and a body (the digests' List-Unsubscribe
/// headers). The same delivery as <see cref="Microsoft.AspNetCore.Identity.UI.Services.IEmailSender"/>: SMTP or the file drop.
/// </summary>
public interface IMailDelivery
{
    MimeMessage Create(string to, string subject, string htmlBody);

    Task DeliverAsync(MimeMessage message, CancellationToken cancellationToken = default);
}
