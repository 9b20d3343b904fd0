using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Principles;

namespace ComunidadPyme.Web.Features.Workspace.Admin.Principles;

public sealed record PrincipleRow(int Id, PrincipleKind Kind, int Number, LocalizedText ShortTitle, bool FullyTranslated);
