namespace ComunidadPyme.Web.Features.Compare;

/// <summary>A query together with the catalogue it is checked against.</summary>
public sealed record CompareRequest(CompareQuery Query, CompareCatalogue Catalogue);
