using Microsoft.Extensions.Options;
using MimeKit;

namespace ComunidadPyme.Infrastructure.Email;

/// <summary>Builds the MIME message both senders deliver, so the dropped files are exactly what SMTP would send.</summary>
public sealed class EmailMessageFactory(IOptions<EmailOptions> options)
{
    public MimeMessage Create(string to, string subject, string htmlBody)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.Value.FromName, options.Value.FromAddress));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart(MimeKit.Text.TextFormat.Html) { Text = htmlBody };
        return message;
    }
}
