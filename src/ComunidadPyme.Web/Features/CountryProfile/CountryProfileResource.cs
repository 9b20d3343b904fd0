namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>Marker for the country profile's interface text (in the .resx files beside it).</summary>
public sealed class CountryProfileResource;
