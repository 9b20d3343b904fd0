using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Programmes;

namespace ComunidadPyme.Web.Features.Workspace.Programmes;

public sealed record ProgrammeRow(
    int Id, TranslatableText Name, ProgrammeType Type, string? Institution, DateOnly? StartsOn, DateOnly? EndsOn,
    bool IsSample, string? UpdatedBy, DateTime UpdatedAtUtc);
