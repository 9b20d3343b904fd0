using ComunidadPyme.Core.Indicators;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Web.Features.Api.Common;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Api.Indicators;

/// <summary>Reads the indicator catalogue for the API, with the coverage of each indicator.</summary>
public sealed class IndicatorApiService(AppDbContext db)
{
    private static readonly IndicatorCoverageDto s_noData = new(0, 0, null, null, null);

    public Task<IReadOnlyList<IndicatorDto>> ListAsync(string language, CancellationToken cancellationToken) =>
        QueryAsync(db.Indicators.AsNoTracking(), language, cancellationToken);

    public async Task<IndicatorDto?> FindAsync(string code, string language, CancellationToken cancellationToken)
    {
        var normalised = code.Trim().ToUpperInvariant();
        var found = await QueryAsync(db.Indicators.AsNoTracking().Where(i => i.Code == normalised), language, cancellationToken);
        return found.FirstOrDefault();
    }

    private async Task<IReadOnlyList<IndicatorDto>> QueryAsync(
        IQueryable<Indicator> indicators, string language, CancellationToken cancellationToken)
    {
        var catalogue = await indicators.OrderBy(i => i.SortOrder).ThenBy(i => i.Code).ToListAsync(cancellationToken);
        var ids = catalogue.Select(i => i.Id).ToList();
        var coverage = await db.Observations.AsNoTracking()
            .Where(o => ids.Contains(o.IndicatorId))
            .GroupBy(o => o.IndicatorId)
            .Select(g => new
            {
                IndicatorId = g.Key,
                Countries = g.Select(o => o.CountryId).Distinct().Count(),
                Observations = g.Count(),
                FirstYear = g.Min(o => o.Year),
                LastYear = g.Max(o => o.Year),
                Updated = g.Max(o => o.UpdatedAtUtc),
            })
            .ToDictionaryAsync(c => c.IndicatorId, cancellationToken);

        return catalogue.Select(i => new IndicatorDto(
                i.Code, i.Name.In(language), LocalizedNamesDto.From(i.Name), i.Description.In(language), i.Unit.In(language),
                i.Methodology.In(language), i.Kind, i.Theme, i.Periodicity, i.Decimals, i.MinValue, i.MaxValue, i.Source,
                i.IsActive,
                coverage.TryGetValue(i.Id, out var c)
                    ? new IndicatorCoverageDto(c.Countries, c.Observations, c.FirstYear, c.LastYear, ApiDates.AsUtc(c.Updated))
                    : s_noData))
            .ToList();
    }
}
