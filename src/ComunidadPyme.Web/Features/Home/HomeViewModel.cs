using ComunidadPyme.Web.Features.Countries;
using ComunidadPyme.Web.Features.Maps;

namespace ComunidadPyme.Web.Features.Home;

/// <param name="UnknownIndicator">The code asked for in the address when it is not in the catalogue (shortened).</param>
public sealed record HomeViewModel(
    IReadOnlyList<CountryListItem> Countries,
    IReadOnlyList<MapIndicatorOption> Indicators,
    MapIndicatorOption? Selected,
    ChoroplethMap? Map,
    IReadOnlyList<LatestUpdate> LatestUpdates,
    string? UnknownIndicator)
{
    public bool ShowsSampleData => Map?.HasSampleValues == true || LatestUpdates.Any(u => u.IsSample);
}

/// <summary>An indicator the home map can be coloured by, with its name and unit in the visitor's language.</summary>
public sealed record MapIndicatorOption(int Id, string Code, string Name, string Unit, int Decimals, bool HasData);
