using System.Globalization;
using ComunidadPyme.Core.Common;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Indicators;

/// <summary>Reads the indicator catalogue and who reports each indicator, for the public pages.</summary>
public sealed class IndicatorDirectoryService(AppDbContext db)
{
    public async Task<IReadOnlyList<IndicatorSummary>> ListAsync(string language, CancellationToken cancellationToken)
    {
        var indicators = await db.Indicators.AsNoTracking()
            .Where(i => i.IsActive)
            .OrderBy(i => i.SortOrder).ThenBy(i => i.Code)
            .Select(i => new { i.Id, i.Code, i.Name, i.Description, i.Unit, i.Kind, i.Theme })
            .ToListAsync(cancellationToken);
        var coverage = await db.Observations.AsNoTracking()
            .GroupBy(o => o.IndicatorId)
            .Select(g => new { IndicatorId = g.Key, Countries = g.Select(o => o.CountryId).Distinct().Count(), Latest = g.Max(o => o.Year) })
            .ToDictionaryAsync(c => c.IndicatorId, cancellationToken);

        return indicators
            .Select(i => new IndicatorSummary(i.Code, i.Name.In(language), i.Description.In(language), i.Unit.In(language),
                i.Kind, i.Theme, coverage.GetValueOrDefault(i.Id)?.Countries ?? 0, coverage.GetValueOrDefault(i.Id)?.Latest))
            .ToList();
    }

    /// <summary>The indicator with <paramref name="code"/> (any letter case), or null when there is none.</summary>
    public async Task<IndicatorDetails?> GetAsync(string code, string language, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > FieldLengths.Code)
        {
            return null;
        }

        var normalised = code.Trim().ToUpperInvariant();
        var indicator = await db.Indicators.AsNoTracking()
            .Where(i => i.IsActive && i.Code == normalised)
            .Select(i => new
            {
                i.Id, i.Code, i.Name, i.Description, i.Unit, i.Kind, i.Theme, i.Decimals, i.Methodology, i.Source,
                i.Periodicity, i.MinValue, i.MaxValue,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (indicator is null)
        {
            return null;
        }

        var observations = await db.Observations.AsNoTracking()
            .Where(o => o.IndicatorId == indicator.Id)
            .Join(db.Countries, o => o.CountryId, c => c.Id, (o, c) => new { c.Iso2, c.Name, o.Year, o.Period, o.Value, o.IsSample })
            .ToListAsync(cancellationToken);

        var decimals = Math.Clamp(indicator.Decimals, 0, 15);
        string Format(double value) => value.ToString("N" + decimals, CultureInfo.CurrentCulture);
        var byName = StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true);
        var coverage = observations
            .GroupBy(o => o.Iso2)
            .Select(g =>
            {
                // An annual figure wins over a quarter or month of the same year.
                var latest = g.OrderByDescending(o => o.Year).ThenBy(o => o.Period.Length)
                    .ThenByDescending(o => o.Period, StringComparer.Ordinal).First();
                return new CountryIndicatorCoverage(g.Key, latest.Name.In(language), g.Min(o => o.Year), latest.Year,
                    latest.Period, Format(latest.Value), latest.IsSample);
            })
            .OrderBy(c => c.CountryName, byName)
            .ToList();

        return new IndicatorDetails(indicator.Code, indicator.Name.In(language), indicator.Description.In(language),
            indicator.Unit.In(language), indicator.Kind, indicator.Theme, indicator.Decimals,
            indicator.Methodology.In(language), indicator.Source, indicator.Periodicity,
            indicator.MinValue is { } min ? Format(min) : null, indicator.MaxValue is { } max ? Format(max) : null,
            coverage);
    }
}
