using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Definitions;

namespace ComunidadPyme.Web.Features.Workspace.Definitions;

public sealed record DefinitionRow(
    int Id, TranslatableText Title, string LegalSource, DefinitionScope Scope, DateOnly? ValidFrom, DateOnly? ValidTo,
    int Thresholds, bool IsSample, string? UpdatedBy, DateTime UpdatedAtUtc);
