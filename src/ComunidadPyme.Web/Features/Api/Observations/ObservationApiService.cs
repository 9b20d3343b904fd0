using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Web.Features.Api.Common;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Api.Observations;

/// <summary>Reads observations for the API, filtered and paged in the database.</summary>
public sealed class ObservationApiService(AppDbContext db)
{
    public async Task<PagedResponse<ObservationDto>> ListAsync(
        ObservationQuery query, PageRequest page, CancellationToken cancellationToken)
    {
        var indicators = CodeList.Parse(query.Indicator);
        var countries = CodeList.Parse(query.Countries);
        var from = ApiNumbers.WholeNumberOrNull(query.From);
        var to = ApiNumbers.WholeNumberOrNull(query.To);

        var rows = from o in db.Observations.AsNoTracking()
                   join c in db.Countries on o.CountryId equals c.Id
                   join i in db.Indicators on o.IndicatorId equals i.Id
                   select new { Observation = o, Country = c.Iso2, Indicator = i.Code };
        if (indicators.Count > 0)
        {
            rows = rows.Where(r => indicators.Contains(r.Indicator));
        }

        if (countries.Count > 0)
        {
            rows = rows.Where(r => countries.Contains(r.Country));
        }

        if (from is not null)
        {
            rows = rows.Where(r => r.Observation.Year >= from);
        }

        if (to is not null)
        {
            rows = rows.Where(r => r.Observation.Year <= to);
        }

        var total = await rows.CountAsync(cancellationToken);
        var items = await rows
            .OrderBy(r => r.Indicator).ThenBy(r => r.Country).ThenBy(r => r.Observation.Period)
            .Skip(page.Skip).Take(page.PageSize)
            .Select(r => new ObservationDto(
                r.Country, r.Indicator, r.Observation.Period, r.Observation.Year, r.Observation.Value,
                r.Observation.Status, r.Observation.SourceNote, r.Observation.IsSample,
                ApiDates.AsUtc(r.Observation.UpdatedAtUtc)))
            .ToListAsync(cancellationToken);
        return page.Respond(items, total);
    }
}
