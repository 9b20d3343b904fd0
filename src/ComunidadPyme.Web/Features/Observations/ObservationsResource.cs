namespace ComunidadPyme.Web.Features.Observations;

/// <summary>Marker for the interface text of the observations grid and the import (Resources/Features/Observations).</summary>
public sealed class ObservationsResource;
