using ComunidadPyme.Core.Programmes;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Web.Features.Api.Common;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Api.Programmes;

/// <summary>Reads support programmes for the API, filtered and paged in the database.</summary>
public sealed class ProgrammeApiService(AppDbContext db)
{
    public async Task<PagedResponse<ProgrammeDto>> ListAsync(ProgrammeQuery query, PageRequest page, CancellationToken cancellationToken)
    {
        var country = string.IsNullOrWhiteSpace(query.Country) ? null : query.Country.Trim().ToUpperInvariant();
        var type = EnumNames.ValueOrNull<ProgrammeType>(query.Type);
        var target = EnumNames.ValueOrNull<TargetGroups>(query.Target);

        var rows = from p in db.SupportProgrammes.AsNoTracking()
                   join c in db.Countries on p.CountryId equals c.Id
                   select new { Programme = p, Country = c.Iso2 };
        if (country is not null)
        {
            rows = rows.Where(r => r.Country == country);
        }

        if (type is not null)
        {
            rows = rows.Where(r => r.Programme.Type == type);
        }

        if (target is { } group)
        {
            rows = rows.Where(r => (r.Programme.TargetGroups & group) == group);
        }

        var total = await rows.CountAsync(cancellationToken);
        var found = await rows
            .OrderBy(r => r.Country).ThenBy(r => r.Programme.Id)
            .Skip(page.Skip).Take(page.PageSize)
            .Select(r => new
            {
                r.Programme.Id,
                r.Country,
                r.Programme.Name,
                r.Programme.Description,
                r.Programme.Type,
                r.Programme.TargetGroups,
                Institution = r.Programme.Institution == null ? null : r.Programme.Institution.Name,
                r.Programme.Url,
                r.Programme.StartsOn,
                r.Programme.EndsOn,
                r.Programme.IsSample,
                r.Programme.UpdatedAtUtc,
            })
            .ToListAsync(cancellationToken);

        var language = query.LanguageOrDefault();
        var items = found.Select(p => new ProgrammeDto(
                p.Id, p.Country, TranslatedTextDto.From(p.Name, language), TranslatedTextDto.FromOptional(p.Description, language),
                p.Type, EnumNames.Flags(p.TargetGroups), TranslatedTextDto.FromOptional(p.Institution, language), p.Url,
                p.StartsOn, p.EndsOn, p.IsSample, ApiDates.AsUtc(p.UpdatedAtUtc)))
            .ToList();
        return page.Respond(items, total);
    }
}
