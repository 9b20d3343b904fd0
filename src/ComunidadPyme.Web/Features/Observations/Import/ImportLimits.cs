namespace ComunidadPyme.Web.Features.Observations.Import;

public static class ImportLimits
{
    public const long MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>The file plus the multipart framing and the anti-forgery token.</summary>
    public const long MaxRequestBytes = MaxFileBytes + 256 * 1024;

    /// <summary>A 10 MB file holds about 200,000 rows; more means a mistake, or an archive built to exhaust memory.</summary>
    public const int MaxRows = 250_000;

    public const int ProblemsKept = 500;
    public const int PreviewRowsShown = 500;

    public static readonly TimeSpan PreviewLifetime = TimeSpan.FromHours(1);
}
