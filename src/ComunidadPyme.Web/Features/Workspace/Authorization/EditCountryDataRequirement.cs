using Microsoft.AspNetCore.Authorization;

namespace ComunidadPyme.Web.Features.Workspace.Authorization;

/// <summary>May the user change this country's data? Administrators: any country; focal points: their own.</summary>
public sealed class EditCountryDataRequirement : IAuthorizationRequirement
{
    public static readonly EditCountryDataRequirement Instance = new();
}
