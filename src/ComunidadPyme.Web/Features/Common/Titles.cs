namespace ComunidadPyme.Web.Features.Common;

/// <summary>Record titles in headings: a law's full title can run to several hundred characters.</summary>
public static class Titles
{
    public const int HeadingLength = 90;

    public static string Shorten(string? title) =>
        title is { Length: > HeadingLength } ? title[..(HeadingLength - 1)].TrimEnd() + "…" : title ?? string.Empty;
}
