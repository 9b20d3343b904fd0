using ComunidadPyme.Core.Legal;

namespace ComunidadPyme.Web.Features.Api.LegalInstruments;

/// <summary>"Instrument <see cref="SourceId"/> amends / repeals / regulates instrument <see cref="TargetId"/>".</summary>
public sealed record LegalRelationDto(LegalRelationKind Kind, int SourceId, int TargetId);
