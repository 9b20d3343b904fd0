using ComunidadPyme.Core.Countries;

namespace ComunidadPyme.Web.Features.Workspace.Confirmations;

/// <summary>Profile sections in addresses: the member name in lower case ("authorities", "legalframework").</summary>
public static class SectionSlugs
{
    public static string Of(ProfileSection section) => section.ToString().ToLowerInvariant();

    public static bool TryParse(string? slug, out ProfileSection section)
    {
        section = default;
        return slug is not null
               && slug.All(char.IsAsciiLetter)
               && Enum.TryParse(slug, ignoreCase: true, out section)
               && Enum.IsDefined(section);
    }
}
