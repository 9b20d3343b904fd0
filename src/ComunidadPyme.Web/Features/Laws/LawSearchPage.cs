using ComunidadPyme.Web.Infrastructure.Filters;

namespace ComunidadPyme.Web.Features.Laws;

/// <summary>The legal library page: the filters in use, one page of results and the choices of the form.</summary>
public sealed record LawSearchPage(
    LawFilters Filters,
    IReadOnlyList<LawResultItem> Results,
    ResultPages Pages,
    IReadOnlyList<CountryChoice> Countries,
    bool HasNoWords,
    string? Suggestion = null,
    string? SuggestionUrl = null)
{
    public bool IsBeyondLastPage => Results.Count == 0 && Pages.Total > 0;

    public bool HasSampleData => Results.Any(r => r.IsSample);
}
