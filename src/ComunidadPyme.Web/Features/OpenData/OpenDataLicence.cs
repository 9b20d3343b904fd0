namespace ComunidadPyme.Web.Features.OpenData;

/// <summary>The licence under which the portal's data may be reused, named once for the page, files, API and catalogue.</summary>
public static class OpenDataLicence
{
    public const string Identifier = "CC-BY-4.0";
    public const string Name = "Creative Commons Attribution 4.0 International (CC BY 4.0)";
    public const string Url = "https://creativecommons.org/licenses/by/4.0/";
    public const string Publisher = "Comunidad PYME";
}
