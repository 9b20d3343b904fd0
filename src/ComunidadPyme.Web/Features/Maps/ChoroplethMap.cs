namespace ComunidadPyme.Web.Features.Maps;

/// <summary>Everything the <c>_ChoroplethMap</c> partial needs to draw a coloured map of the member states.</summary>
public sealed record ChoroplethMap(
    string Caption,
    string Unit,
    string ViewBox,
    string Context,
    string Attribution,
    IReadOnlyList<MapArea> Areas,
    IReadOnlyList<LegendEntry> Legend)
{
    public const int ShadeCount = 5;

    public bool HasSampleValues => Areas.Any(a => a.Value?.IsSample == true);
}
