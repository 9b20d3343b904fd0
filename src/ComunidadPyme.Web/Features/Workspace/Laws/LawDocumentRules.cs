namespace ComunidadPyme.Web.Features.Workspace.Laws;

/// <summary>What an uploaded official text must be: a PDF (judged by its content, not its name) of at most 20 MB.</summary>
public static class LawDocumentRules
{
    public const long MaxBytes = 20L * 1024 * 1024;

    /// <summary>The request may be a little larger than the file (the other fields), so a too-large file still gets a message.</summary>
    public const long MaxRequestBytes = MaxBytes + (1024 * 1024);

    /// <summary>
    /// A larger request is still read, its file dropped, so the person gets the form back with the reason
    /// (see <see cref="LawDocumentSizeGuardAttribute"/>); past this the connection is cut.
    /// </summary>
    public const long MaxRefusedRequestBytes = 256L * 1024 * 1024;

    private static readonly byte[] s_pdfSignature = "%PDF-"u8.ToArray();

    public static async Task<bool> IsPdfAsync(IFormFile file, CancellationToken cancellationToken)
    {
        if (file.Length < s_pdfSignature.Length)
        {
            return false;
        }

        var start = new byte[s_pdfSignature.Length];
        await using var stream = file.OpenReadStream();
        await stream.ReadExactlyAsync(start, cancellationToken);
        return start.AsSpan().SequenceEqual(s_pdfSignature);
    }

    /// <summary>The name offered when downloading: the uploaded name without any path or control characters.</summary>
    public static string SafeFileName(string? uploaded)
    {
        var name = Path.GetFileName(uploaded?.Replace('\\', '/') ?? string.Empty);
        name = new string([.. name.Where(c => !char.IsControl(c) && c is not ('"' or '/' or '\\'))]).Trim();
        if (name.Length == 0 || name.StartsWith('.'))
        {
            name = "document" + name;
        }

        if (!name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            name += ".pdf";
        }

        return name.Length <= 120 ? name : name[..116] + ".pdf";
    }
}
