using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Countries;
using ComunidadPyme.Core.Programmes;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

/// <summary>An illustrative support programme and the kinds of institution that would run it, by preference.</summary>
internal sealed record SampleProgrammeTemplate(
    ProgrammeType Type,
    TargetGroups TargetGroups,
    LocalizedText Name,
    LocalizedText Description,
    InstitutionKind[] RunBy);
