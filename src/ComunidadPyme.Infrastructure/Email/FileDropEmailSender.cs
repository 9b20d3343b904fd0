using ComunidadPyme.Infrastructure.Options;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComunidadPyme.Infrastructure.Email;

/// <summary>
/// Writes each message as an .eml file to {DataDirectory}/mail, so invitations and password resets can be
/// followed in Development without a mail server (any mail client opens the files).
/// </summary>
public sealed class FileDropEmailSender(
    EmailMessageFactory messages, IOptions<StorageOptions> storage, TimeProvider clock, ILogger<FileDropEmailSender> logger)
    : IEmailSender, IMailDelivery
{
    public string Folder => Path.Combine(storage.Value.DataDirectory, "mail");

    public Task SendEmailAsync(string email, string subject, string htmlMessage) =>
        DeliverAsync(messages.Create(email, subject, htmlMessage));

    public MimeKit.MimeMessage Create(string to, string subject, string htmlBody) => messages.Create(to, subject, htmlBody);

    public async Task DeliverAsync(MimeKit.MimeMessage message, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Folder);
        var fileName = $"{clock.GetUtcNow():yyyyMMdd-HHmmss-fff}-{Guid.NewGuid():N}.eml";
        await message.WriteToAsync(Path.Combine(Folder, fileName), cancellationToken);
        logger.LogInformation("Email to {Recipient} written to {File}", message.To.ToString(), fileName);
    }
}
