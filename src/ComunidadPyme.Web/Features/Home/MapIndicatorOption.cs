namespace ComunidadPyme.Web.Features.Home;

/// <summary>An indicator the home map can be coloured by, with its name and unit in the visitor's language.</summary>
public sealed record MapIndicatorOption(int Id, string Code, string Name, string Unit, int Decimals, bool HasData);
