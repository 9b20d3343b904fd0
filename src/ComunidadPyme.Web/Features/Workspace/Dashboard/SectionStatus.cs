using ComunidadPyme.Core.Countries;
using ComunidadPyme.Web.Features.Workspace.Confirmations;

namespace ComunidadPyme.Web.Features.Workspace.Dashboard;

public sealed record SectionStatus(ProfileSection Section, string Url, SectionConfirmationStamp? Last, bool IsStale);
