using ComunidadPyme.Core.Legal;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Web.Features.Api.Common;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Api.LegalInstruments;

/// <summary>Filters the legal library in the database; text is matched literally within titles and numbers.</summary>
public sealed class DatabaseLegalInstrumentSearch(AppDbContext db) : ILegalInstrumentSearch
{
    public async Task<LegalInstrumentMatches> FindAsync(
        LegalInstrumentCriteria criteria, int skip, int take, CancellationToken cancellationToken)
    {
        var matches = from l in db.LegalInstruments.AsNoTracking()
                      join c in db.Countries on l.CountryId equals c.Id
                      select new { Instrument = l, Country = c.Iso2 };
        if (criteria.Text is { } text)
        {
            var pattern = LikePattern.Containing(text);
            const string escape = LikePattern.EscapeCharacter;
            matches = matches.Where(m =>
                EF.Functions.Like(m.Instrument.Title.Original, pattern, escape)
                || EF.Functions.Like(m.Instrument.Title.En!, pattern, escape)
                || EF.Functions.Like(m.Instrument.Title.Es!, pattern, escape)
                || EF.Functions.Like(m.Instrument.Title.Pt!, pattern, escape)
                || EF.Functions.Like(m.Instrument.Title.Fr!, pattern, escape)
                || EF.Functions.Like(m.Instrument.OfficialNumber!, pattern, escape));
        }

        if (criteria.CountryIso2 is { } country)
        {
            matches = matches.Where(m => m.Country == country);
        }

        if (criteria.Topic is { } topic)
        {
            matches = matches.Where(m => (m.Instrument.Topics & topic) == topic);
        }

        if (criteria.Type is { } type)
        {
            matches = matches.Where(m => m.Instrument.Type == type);
        }

        if (criteria.Status is { } status)
        {
            matches = matches.Where(m => m.Instrument.Status == status);
        }

        if (criteria.Year is { } year)
        {
            var first = new DateOnly(year, 1, 1);
            var last = new DateOnly(year, 12, 31);
            matches = matches.Where(m => (m.Instrument.EnactedOn ?? m.Instrument.PublishedOn) >= first
                                         && (m.Instrument.EnactedOn ?? m.Instrument.PublishedOn) <= last);
        }

        var total = await matches.CountAsync(cancellationToken);
        var ids = await matches
            .OrderBy(m => m.Country)
            .ThenByDescending(m => m.Instrument.EnactedOn ?? m.Instrument.PublishedOn)
            .ThenBy(m => m.Instrument.Id)
            .Skip(skip).Take(take)
            .Select(m => m.Instrument.Id)
            .ToListAsync(cancellationToken);
        return new LegalInstrumentMatches(ids, total);
    }
}
