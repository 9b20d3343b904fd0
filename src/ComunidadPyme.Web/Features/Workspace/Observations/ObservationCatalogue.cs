using ComunidadPyme.Core.Indicators;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Workspace.Observations;

/// <summary>Reads the countries and the indicator catalogue as the observation pages need them.</summary>
public sealed class ObservationCatalogue(AppDbContext db)
{
    /// <summary>Every indicator, active or not, in catalogue order (theme, then sort order).</summary>
    public async Task<IReadOnlyList<IndicatorRules>> IndicatorsAsync(string language, CancellationToken cancellationToken)
    {
        var indicators = await db.Indicators.AsNoTracking()
            .Select(i => new
            {
                i.Id, i.Code, i.Name, i.Unit, i.Theme, i.Decimals, i.Periodicity, i.MinValue, i.MaxValue,
                i.IsActive, i.SortOrder,
            })
            .ToListAsync(cancellationToken);
        return indicators
            .OrderBy(i => i.Theme).ThenBy(i => i.SortOrder).ThenBy(i => i.Code, StringComparer.Ordinal)
            .Select(i => new IndicatorRules(i.Id, i.Code, i.Name.In(language), i.Unit.In(language), i.Theme,
                i.Decimals, i.Periodicity, i.MinValue, i.MaxValue, i.IsActive))
            .ToList();
    }

    /// <summary>Indicators that the year-by-year grid can hold: active, and reported by year.</summary>
    public static bool FitsTheGrid(IndicatorRules indicator) =>
        indicator.IsActive && indicator.Periodicity is Periodicity.Annual or Periodicity.Irregular;
}
