namespace ComunidadPyme.Web.Features.Api.Common;

/// <summary>Comma-separated codes from a query string ("br, MX,,BR" → BR, MX).</summary>
public static class CodeList
{
    public const int MaxLength = 1000;

    public static IReadOnlyList<string> Parse(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(code => code.ToUpperInvariant())
                .Distinct(StringComparer.Ordinal)
                .ToList();
}
