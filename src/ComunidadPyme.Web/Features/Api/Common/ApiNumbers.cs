using System.Globalization;

namespace ComunidadPyme.Web.Features.Api.Common;

/// <summary>Reads the numbers of query strings: plain digits only, no sign, spaces or thousands separators.</summary>
public static class ApiNumbers
{
    public static bool TryParseWholeNumber(string? text, out int value) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value);

    /// <summary>The number, or null when the parameter was left out (validated input only).</summary>
    public static int? WholeNumberOrNull(string? text) =>
        TryParseWholeNumber(text, out var value) ? value : null;
}
