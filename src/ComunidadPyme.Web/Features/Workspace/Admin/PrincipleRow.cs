using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Principles;

namespace ComunidadPyme.Web.Features.Workspace.Admin;

public sealed record PrincipleRow(int Id, PrincipleKind Kind, int Number, LocalizedText ShortTitle, bool FullyTranslated);
