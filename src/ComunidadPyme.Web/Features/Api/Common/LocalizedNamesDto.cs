using ComunidadPyme.Core.Common;

namespace ComunidadPyme.Web.Features.Api.Common;

/// <summary>A name in the four OAS languages; a missing translation is null.</summary>
public sealed record LocalizedNamesDto(string En, string? Es, string? Pt, string? Fr)
{
    public static LocalizedNamesDto From(LocalizedText text) => new(text.En, text.Es, text.Pt, text.Fr);
}
