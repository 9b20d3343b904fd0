namespace ComunidadPyme.Web.Features.Accounts;

/// <summary>Marker for the interface text of accounts and sign-in, in Resources/Features/Accounts/AccountsResource.*.resx.</summary>
public sealed class AccountsResource;
