namespace ComunidadPyme.Web.Features.Accounts.Administration;

/// <summary>What an administrator posts to change someone's role and countries.</summary>
public sealed class EditAccountForm : IRoleAndCountries
{
    public string? Role { get; set; }
    public List<int> CountryIds { get; set; } = [];
}
