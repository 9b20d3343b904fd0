namespace ComunidadPyme.Infrastructure.Email;

/// <summary>
/// The <c>Email</c> section. The SMTP password comes from an environment variable or a secret store,
/// never from a file in the repository.
/// </summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";
    public const string Smtp = "Smtp";
    public const string FileDrop = "FileDrop";

    /// <summary><c>Smtp</c> sends through the server below; <c>FileDrop</c> writes .eml files to {DataDirectory}/mail.</summary>
    public string Delivery { get; set; } = Smtp;

    public string Host { get; set; } = string.Empty;
    public int Port { get; set; } = 587;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string FromAddress { get; set; } = "no-reply@example.org";
    public string FromName { get; set; } = "Comunidad PYME";

    /// <summary>
    /// The portal's public address (https://host) used in links sent by email; when empty, the address of the
    /// request is used. Set it in production so a forged Host header cannot poison a reset link.
    /// </summary>
    public string? PublicAddress { get; set; }
}
