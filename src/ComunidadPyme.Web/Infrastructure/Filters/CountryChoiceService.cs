using System.Globalization;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Infrastructure.Filters;

/// <summary>
/// The member states for the country filters of the public lists, read once per request so the validator
/// and the page share one read.
/// </summary>
public sealed class CountryChoiceService(AppDbContext db)
{
    private IReadOnlyList<CountryChoice>? _choices;

    public async Task<IReadOnlyList<CountryChoice>> ListAsync(string language, CancellationToken cancellationToken)
    {
        if (_choices is null)
        {
            var countries = await db.Countries.AsNoTracking().Select(c => new { c.Id, c.Iso2, c.Name }).ToListAsync(cancellationToken);
            _choices = countries
                .Select(c => new CountryChoice(c.Id, c.Iso2, c.Name.In(language)))
                .OrderBy(c => c.Name, StringComparer.Create(CultureInfo.GetCultureInfo(language), ignoreCase: true))
                .ToList();
        }

        return _choices;
    }

    /// <summary>The country with this ISO 3166-1 alpha-2 code (any case), or null.</summary>
    public async Task<CountryChoice?> FindAsync(string? iso2, string language, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(iso2)
            ? null
            : (await ListAsync(language, cancellationToken))
                .FirstOrDefault(c => string.Equals(c.Iso2, iso2.Trim(), StringComparison.OrdinalIgnoreCase));
}
