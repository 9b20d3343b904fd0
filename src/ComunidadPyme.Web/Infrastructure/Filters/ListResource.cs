namespace ComunidadPyme.Web.Infrastructure.Filters;

/// <summary>Marker for the texts shared by the paged, filtered public lists (Resources/Infrastructure/Filters).</summary>
public sealed class ListResource;
