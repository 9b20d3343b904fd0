namespace ComunidadPyme.Web.Features.Accounts.Administration;

public sealed record InviteAccountView(InviteAccountForm Form, IReadOnlyList<CountryOption> Countries);
