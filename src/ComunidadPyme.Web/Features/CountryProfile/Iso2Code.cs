using System.Diagnostics.CodeAnalysis;

namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>Reads the country code of an address: two Latin letters in any case, stored upper case.</summary>
public static class Iso2Code
{
    public static bool TryNormalize(string? text, [NotNullWhen(true)] out string? iso2)
    {
        iso2 = null;
        if (text is not { Length: 2 } || !char.IsAsciiLetter(text[0]) || !char.IsAsciiLetter(text[1]))
        {
            return false;
        }

        iso2 = text.ToUpperInvariant();
        return true;
    }
}
