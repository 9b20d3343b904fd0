using System.Text.Json;

namespace ComunidadPyme.Web.Features.Maps;

/// <summary>
/// The pre-built outline of the Americas (<c>Data/americas-map.json</c>, made by <c>npm run build-map</c>),
/// read once and kept for the life of the process: the server draws the map inline, so it needs neither a
/// tile server nor script.
/// </summary>
public sealed record AmericasMapShapes(string Attribution, string ViewBox, IReadOnlyList<CountryShape> Countries, string Context)
{
    public const string RelativePath = "Data/americas-map.json";

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    public static AmericasMapShapes Load(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<AmericasMapShapes>(stream, s_json)
               ?? throw new InvalidDataException($"{path} holds no map.");
    }
}

/// <summary>One member state's outline; small island states also get a marker so they can be seen and clicked.</summary>
public sealed record CountryShape(string Iso2, string Path, MapMarker? Marker);

/// <summary>The centre of a state too small to see at continental scale, in viewBox units.</summary>
public sealed record MapMarker(double X, double Y);
