namespace ComunidadPyme.Web.Features.Accounts.Administration;

/// <summary>The part of the invitation and edit forms that decides what someone may do.</summary>
public interface IRoleAndCountries
{
    string? Role { get; }
    List<int> CountryIds { get; }
}
