namespace ComunidadPyme.Web.Features.Accounts.Administration;

/// <summary>The edit page of one account: who it is, its state, and the role and countries form.</summary>
public sealed record AccountEditView(AccountListItem Account, EditAccountForm Form, IReadOnlyList<CountryOption> Countries);
