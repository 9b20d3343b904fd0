namespace ComunidadPyme.Web.Infrastructure.Filters;

/// <summary>Marker for the texts shared by the paged, filtered public lists (in the .resx files beside it).</summary>
public sealed class ListResource;
