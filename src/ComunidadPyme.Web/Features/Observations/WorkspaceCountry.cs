namespace ComunidadPyme.Web.Features.Observations;

/// <summary>The country whose data a page edits, as read from the database by its ISO code.</summary>
public sealed record WorkspaceCountry(int Id, string Iso2, string Name)
{
    /// <summary>The workspace's home for this country, where the back links lead.</summary>
    public string WorkspacePath(string lang) => $"/{lang}/workspace/{Iso2.ToLowerInvariant()}";
}
