using Microsoft.AspNetCore.Routing;
namespace ComunidadPyme.Web.Features.Compare;

/// <summary>The comparison actually shown: known codes only, years in order, defaults where the address had none.</summary>
public sealed record CompareSelection(
    CompareIndicator? Indicator,
    IReadOnlyList<CompareCountry> Countries,
    int From,
    int To,
    CompareView View)
{
    public IEnumerable<int> Years => Enumerable.Range(From, To - From + 1);

    /// <summary>The query values that give exactly this comparison, so shared links and downloads agree with the page.</summary>
    public Dictionary<string, string> ToRouteValues(CompareView? view = null)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Indicator is not null)
        {
            values["indicator"] = Indicator.Code;
        }

        values["countries"] = string.Join(',', Countries.Select(c => c.Iso2));
        values["from"] = From.ToString(System.Globalization.CultureInfo.InvariantCulture);
        values["to"] = To.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if ((view ?? View) is var shown && shown != CompareView.Table)
        {
            values["view"] = shown.ToString().ToLowerInvariant();
        }

        return values;
    }

    /// <summary>The route values of this comparison's pages and files in <paramref name="language"/>.</summary>
    public RouteValueDictionary ToRouteValues(string language, CompareView? view = null)
    {
        var route = new RouteValueDictionary { ["lang"] = language };
        foreach (var (name, value) in ToRouteValues(view))
        {
            route[name] = value;
        }

        return route;
    }

    /// <summary>The same values as an address query.</summary>
    public QueryString ToQueryString(CompareView? view = null) =>
        QueryString.Create(ToRouteValues(view).Select(v => KeyValuePair.Create(v.Key, (string?)v.Value)));
}

/// <summary>How the comparison is drawn; the table is always shown as well.</summary>
public enum CompareView
{
    Table = 1,
    Line = 2,
    Bar = 3,
    Map = 4,
}
