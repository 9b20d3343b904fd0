using System.Text;

namespace ComunidadPyme.Web.Features.Api.Common;

/// <summary>
/// Builds a LIKE pattern that matches the visitor's text literally: %, _ and [ (a range on SQL Server)
/// are escaped, so "100%" finds "100%" rather than everything.
/// </summary>
public static class LikePattern
{
    public const string EscapeCharacter = "\\";

    public static string Containing(string text)
    {
        var pattern = new StringBuilder(text.Length + 8).Append('%');
        foreach (var character in text)
        {
            if (character is '%' or '_' or '[' or '\\')
            {
                pattern.Append(EscapeCharacter);
            }

            pattern.Append(character);
        }

        return pattern.Append('%').ToString();
    }
}
