using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.OpenData;

/// <summary>A file size as people read it in their language: "12.4 KB", "12,4 ko".</summary>
public static class FileSizeText
{
    private const double Kilobyte = 1024;
    private const double Megabyte = Kilobyte * 1024;

    public static string Format(long bytes, IStringLocalizer localizer) => bytes switch
    {
        < 1024 => localizer["{0} bytes", bytes.ToString("N0")].Value,
        < 1024 * 1024 => localizer["{0} KB", (bytes / Kilobyte).ToString("N1")].Value,
        _ => localizer["{0} MB", (bytes / Megabyte).ToString("N1")].Value,
    };
}
