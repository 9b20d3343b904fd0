using ComunidadPyme.Core.Programmes;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Web.Infrastructure.Filters;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Programmes;

/// <summary>Lists support programmes by country, type, target group and whether they run today.</summary>
public sealed class ProgrammeDirectoryService(AppDbContext db, CountryChoiceService countries, TimeProvider clock)
{
    public const int PageSize = 20;

    public async Task<ProgrammeDirectoryPage> ListAsync(
        ProgrammeSearchInput input, string path, string language, CancellationToken cancellationToken)
    {
        var choices = await countries.ListAsync(language, cancellationToken);
        var filters = ProgrammeFilters.From(input, await countries.FindAsync(input.Country, language, cancellationToken));
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

        var programmes = db.SupportProgrammes.AsNoTracking();
        if (filters.Country is { } country)
        {
            programmes = programmes.Where(p => p.CountryId == country.Id);
        }

        if (filters.Type is { } type)
        {
            programmes = programmes.Where(p => p.Type == type);
        }

        if (filters.Target is { } target)
        {
            programmes = programmes.Where(p => (p.TargetGroups & target) != 0);
        }

        if (filters.Active is true)
        {
            programmes = programmes.Where(p => (p.StartsOn == null || p.StartsOn <= today) && (p.EndsOn == null || today <= p.EndsOn));
        }
        else if (filters.Active is false)
        {
            programmes = programmes.Where(p => p.StartsOn > today || p.EndsOn < today);
        }

        var total = await programmes.CountAsync(cancellationToken);
        var rows = await programmes
            .OrderByDescending(p => p.StartsOn).ThenBy(p => p.Id)
            .Skip((filters.Page - 1) * PageSize).Take(PageSize)
            .Join(db.Countries, p => p.CountryId, c => c.Id, (p, c) => new
            {
                p.Id, p.Name, p.Description, c.Iso2, CountryName = c.Name,
                InstitutionName = p.Institution == null ? null : p.Institution.Name,
                InstitutionAcronym = p.Institution == null ? null : p.Institution.Acronym,
                p.Type, p.TargetGroups, p.StartsOn, p.EndsOn, p.Url, p.IsSample,
            })
            .ToListAsync(cancellationToken);

        var items = rows.Select(r => new ProgrammeListItem(
            r.Id, r.Name, r.Description, r.Iso2, r.CountryName.In(language), r.InstitutionName, r.InstitutionAcronym,
            r.Type, Flags(r.TargetGroups), r.StartsOn, r.EndsOn, r.Url,
            IsActiveOn(r.StartsOn, r.EndsOn, today), r.IsSample)).ToList();
        return new ProgrammeDirectoryPage(filters, items, new ResultPages(filters.Page, PageSize, total, path, filters.AsQuery()), choices);
    }

    private static bool IsActiveOn(DateOnly? startsOn, DateOnly? endsOn, DateOnly date) =>
        new SupportProgramme { StartsOn = startsOn, EndsOn = endsOn }.IsActiveOn(date);

    private static List<TargetGroups> Flags(TargetGroups groups) =>
        Enum.GetValues<TargetGroups>().Where(g => g != TargetGroups.None && groups.HasFlag(g)).ToList();
}
