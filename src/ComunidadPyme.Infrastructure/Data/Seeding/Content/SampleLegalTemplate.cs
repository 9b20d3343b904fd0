using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Legal;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

/// <summary>An illustrative legal instrument, written in the four OAS languages, with the principles it serves.</summary>
internal sealed record SampleLegalTemplate(
    LegalInstrumentType Type,
    LegalTopics Topics,
    LocalizedText Title,
    LocalizedText Summary,
    int[] Principles,
    int[] Areas);
