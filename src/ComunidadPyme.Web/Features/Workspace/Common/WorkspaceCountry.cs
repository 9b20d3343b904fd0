using ComunidadPyme.Core.Common;

namespace ComunidadPyme.Web.Features.Workspace.Common;

/// <summary>The country a workspace page works on, as read from the database for the address's {iso2}.</summary>
public sealed record WorkspaceCountry(int Id, string Iso2, LocalizedText Name, IReadOnlyList<string> OfficialLanguages)
{
    /// <summary>The code as it appears in addresses.</summary>
    public string Slug => Iso2.ToLowerInvariant();
}
