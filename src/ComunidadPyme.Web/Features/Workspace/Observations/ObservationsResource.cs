namespace ComunidadPyme.Web.Features.Workspace.Observations;

/// <summary>Marker for the interface text of the observations grid and the import (in the .resx files beside it).</summary>
public sealed class ObservationsResource;
