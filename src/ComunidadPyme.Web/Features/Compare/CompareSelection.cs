using Microsoft.AspNetCore.Http.Extensions;

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

    /// <summary>The address query that gives exactly this comparison, so shared links and downloads agree with the page.</summary>
    public QueryString ToQueryString(CompareView? view = null)
    {
        var builder = new QueryBuilder();
        if (Indicator is not null)
        {
            builder.Add("indicator", Indicator.Code);
        }

        builder.Add("countries", string.Join(',', Countries.Select(c => c.Iso2)));
        builder.Add("from", From.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.Add("to", To.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if ((view ?? View) is var shown && shown != CompareView.Table)
        {
            builder.Add("view", shown.ToString().ToLowerInvariant());
        }

        return builder.ToQueryString();
    }
}
