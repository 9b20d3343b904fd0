using ComunidadPyme.Core.Countries;
using ComunidadPyme.Web.Features.Workspace.Common;

namespace ComunidadPyme.Web.Features.Workspace.Confirmations;

public sealed record SectionConfirmationBox(
    WorkspaceCountry Country, ProfileSection Section, SectionConfirmationStamp? Last, string ReturnTo);
