using ComunidadPyme.Core.Countries;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.CountryProfile;

public sealed partial class CountryProfileService
{
    private async Task<IReadOnlyList<InstitutionItem>> InstitutionsAsync(int countryId, CancellationToken cancellationToken)
    {
        var institutions = await db.Institutions.AsNoTracking()
            .Where(i => i.CountryId == countryId)
            .Select(i => new InstitutionItem(i.Name, i.Acronym, i.Kind, i.WebsiteUrl, i.Mandate, i.IsSample, i.UpdatedAtUtc,
                i.SourceUrl, i.CheckedOn))
            .ToListAsync(cancellationToken);

        // The national MSME authority first, then by kind; names sort in their own language.
        return institutions.OrderBy(i => i.Kind).ThenBy(i => i.Name.Original, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>The country's national MSME authority with a web address, if the portal knows one.</summary>
    public async Task<InstitutionItem?> AuthorityAsync(int countryId, CancellationToken cancellationToken) =>
        (await InstitutionsAsync(countryId, cancellationToken)).FirstWithAddress(InstitutionKind.NationalMsmeAuthority);

    private async Task<IReadOnlyList<FocalPointItem>> FocalPointsAsync(int countryId, CancellationToken cancellationToken)
    {
        var focalPoints = await db.FocalPoints.AsNoTracking()
            .Where(f => f.CountryId == countryId)
            .Select(f => new
            {
                f.Id, f.PublicFields, f.FullName, f.Position, f.Email, f.Phone, f.Role,
                InstitutionName = f.Institution == null ? null : f.Institution.Name,
                f.LastConfirmedOn, f.IsSample, f.UpdatedAtUtc,
            })
            .ToListAsync(cancellationToken);

        // Roles are stored by name, so the primary-before-alternate order is taken here, from the enum.
        return focalPoints
            .OrderBy(f => f.Role).ThenBy(f => f.Id)
            .Select(f => FocalPointItem.Public(f.PublicFields, f.FullName, f.Position, f.Email, f.Phone, f.Role,
                f.InstitutionName, f.LastConfirmedOn, f.IsSample, f.UpdatedAtUtc))
            .ToList();
    }
}
