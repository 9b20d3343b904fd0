using ComunidadPyme.Core.Security;
using Microsoft.AspNetCore.Identity;

namespace ComunidadPyme.Infrastructure.Identity;

/// <summary>A person with an account: an administrator, a reviewer or a country's focal point.</summary>
public class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The OAS language the person reads the workspace and emails in.</summary>
    public string PreferredLanguage { get; set; } = "en";

    public DateTime CreatedAtUtc { get; set; }
    public DateTime? LastSignInAtUtc { get; set; }

    /// <summary>Set when an administrator disables the account; a disabled account cannot sign in.</summary>
    public DateTime? DisabledAtUtc { get; set; }

    public List<CountryAssignment> Countries { get; set; } = [];

    public bool IsDisabled => DisabledAtUtc is not null;
}
