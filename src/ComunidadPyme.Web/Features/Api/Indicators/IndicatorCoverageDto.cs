namespace ComunidadPyme.Web.Features.Api.Indicators;

/// <summary>How much data the portal holds for an indicator; years and the update stamp are null when none.</summary>
public sealed record IndicatorCoverageDto(int Countries, int Observations, int? FirstYear, int? LastYear, DateTime? Updated);
