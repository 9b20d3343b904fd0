using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Countries;

namespace ComunidadPyme.Web.Features.Workspace.Profile;

public sealed record ProfilePage(
    ProfileForm Form,
    TranslatableText? SavedOverview,
    IReadOnlyList<MembershipPeriod> Membership,
    MembershipForm NewPeriod);
