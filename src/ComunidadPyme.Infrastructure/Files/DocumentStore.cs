using System.Security.Cryptography;
using System.Text.RegularExpressions;
using ComunidadPyme.Infrastructure.Options;
using Microsoft.Extensions.Options;

namespace ComunidadPyme.Infrastructure.Files;

/// <summary>
/// Uploaded documents (the official PDF of a law), kept in {DataDirectory}/documents, outside the web root,
/// under a random key: the uploaded name never becomes a path. Files are never overwritten or removed when
/// a record changes, so a version restored from the history still finds its document.
/// </summary>
public sealed partial class DocumentStore(IOptions<StorageOptions> options)
{
    public const string FolderName = "documents";

    private string Folder => Path.Combine(options.Value.DataDirectory, FolderName);

    /// <summary>Stores the content and returns its key.</summary>
    public async Task<string> SaveAsync(Stream content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var path = PathOf(key);
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            await content.CopyToAsync(file, cancellationToken);
        }

        return key;
    }

    /// <summary>The stored content, or null when the key is malformed or nothing is stored under it.</summary>
    public Stream? OpenRead(string? key)
    {
        if (!IsKey(key) || !File.Exists(PathOf(key!)))
        {
            return null;
        }

        return new FileStream(PathOf(key!), FileMode.Open, FileAccess.Read, FileShare.Read);
    }

    /// <summary>The full path of the stored file, or null when the key is malformed or nothing is stored under it.</summary>
    public string? PathOfStored(string? key) => IsKey(key) && File.Exists(PathOf(key!)) ? PathOf(key!) : null;

    /// <summary>Removes a file stored by a save that then failed, so it leaves nothing behind.</summary>
    public void Discard(string key)
    {
        if (IsKey(key))
        {
            File.Delete(PathOf(key));
        }
    }

    public static bool IsKey(string? key) => key is not null && KeyPattern().IsMatch(key);

    private string PathOf(string key) => Path.Combine(Folder, key);

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex KeyPattern();
}
