using ComunidadPyme.Web.Infrastructure.Filters;

namespace ComunidadPyme.Web.Features.Programmes;

/// <summary>The programmes directory page: filters in use, one page of programmes, the choices of the form.</summary>
public sealed record ProgrammeDirectoryPage(
    ProgrammeFilters Filters,
    IReadOnlyList<ProgrammeListItem> Programmes,
    ResultPages Pages,
    IReadOnlyList<CountryChoice> Countries)
{
    public bool IsBeyondLastPage => Programmes.Count == 0 && Pages.Total > 0;

    public bool HasSampleData => Programmes.Any(p => p.IsSample);
}
