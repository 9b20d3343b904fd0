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
    : IEmailSender
{
    public string Folder => Path.Combine(storage.Value.DataDirectory, "mail");

    public async Task SendEmailAsync(string email, string subject, string htmlMessage)
    {
        Directory.CreateDirectory(Folder);
        var message = messages.Create(email, subject, htmlMessage);
        var fileName = $"{clock.GetUtcNow():yyyyMMdd-HHmmss-fff}-{Guid.NewGuid():N}.eml";
        await message.WriteToAsync(Path.Combine(Folder, fileName));
        logger.LogInformation("Email to {Recipient} written to {File}", email, fileName);
    }
}
