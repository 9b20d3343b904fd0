namespace ComunidadPyme.Web.Features.Accounts;

/// <summary>Marker for the interface text of accounts and sign-in (in the .resx files beside it).</summary>
public sealed class AccountsResource;
