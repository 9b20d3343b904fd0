using System.Reflection;

namespace ComunidadPyme.Web.Features.Accounts.Passwords;

/// <summary>
/// The common and breached passwords shipped with the portal (Data/common-passwords.txt, embedded), loaded
/// once and compared without regard to case or spaces.
/// </summary>
public sealed class CommonPasswordList
{
    public const string ResourceName = "ComunidadPyme.Web.common-passwords.txt";

    private readonly HashSet<string> _passwords;

    public CommonPasswordList(IEnumerable<string> passwords) =>
        _passwords = new HashSet<string>(passwords.Select(Normalize).Where(p => p.Length > 0), StringComparer.OrdinalIgnoreCase);

    public int Count => _passwords.Count;

    public static CommonPasswordList LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (!line.StartsWith('#'))
            {
                lines.Add(line);
            }
        }

        return new CommonPasswordList(lines);
    }

    public bool Contains(string password) =>
        _passwords.Contains(password.Trim()) || _passwords.Contains(Normalize(password));

    // "Password 1234" is as weak as "password1234": spaces are not counted as a difference.
    private static string Normalize(string password) => string.Concat(password.Where(c => !char.IsWhiteSpace(c)));
}
