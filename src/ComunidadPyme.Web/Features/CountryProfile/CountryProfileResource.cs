namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>Marker for the country profile's interface text in Resources/Features/CountryProfile.</summary>
public sealed class CountryProfileResource;
