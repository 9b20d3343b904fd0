using ComunidadPyme.Core.Common;

namespace ComunidadPyme.Web.Features.Accounts.Administration;

/// <summary>What an administrator posts to invite someone.</summary>
public sealed class InviteAccountForm : IRoleAndCountries
{
    public string? Email { get; set; }
    public string? DisplayName { get; set; }
    public string? PreferredLanguage { get; set; } = Languages.English;
    public string? Role { get; set; }
    public List<int> CountryIds { get; set; } = [];
}
