using System.Globalization;
using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Principles;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Workspace.Review;

/// <summary>
/// Evidence links as the reviewers read them: a link to this portal's legal library ("/es/laws/12", relative or
/// absolute) shows the law's title; any other link is external. One command for any number of links.
/// </summary>
public static class EvidenceTitles
{
    public static async Task<IReadOnlyList<EvidenceView>> ResolveAsync(
        AppDbContext db, IReadOnlyList<EvidenceLink> evidence, CancellationToken cancellationToken)
    {
        var titles = await LawTitlesAsync(db, evidence, cancellationToken);
        return [.. evidence.Select(e => View(e, titles))];
    }

    /// <summary>The titles of the portal's laws the links point to, by id.</summary>
    public static async Task<IReadOnlyDictionary<int, string>> LawTitlesAsync(
        AppDbContext db, IEnumerable<EvidenceLink> evidence, CancellationToken cancellationToken)
    {
        var lawIds = evidence.Select(e => PortalLawId(e.Url)).OfType<int>().Distinct().ToList();
        return lawIds.Count == 0
            ? new Dictionary<int, string>()
            : await db.LegalInstruments.AsNoTracking().Where(l => lawIds.Contains(l.Id))
                .Select(l => new { l.Id, l.Title.Original }).ToDictionaryAsync(l => l.Id, l => l.Original, cancellationToken);
    }

    public static EvidenceView View(EvidenceLink link, IReadOnlyDictionary<int, string> lawTitles) =>
        new(link.Title, link.Url, PortalLawId(link.Url) is { } id && lawTitles.TryGetValue(id, out var title) ? title : null);

    /// <summary>The id in a legal-library address of this portal, relative or absolute ("…/{lang}/laws/{id}").</summary>
    public static int? PortalLawId(string url)
    {
        var path = Uri.TryCreate(url, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : url.Split('?', '#')[0];
        var parts = path.Trim('/').Split('/');
        return parts.Length >= 3 && Languages.IsSupported(parts[^3]) && parts[^2] == "laws"
               && int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
    }
}
