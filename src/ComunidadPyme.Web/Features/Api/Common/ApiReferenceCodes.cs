using System.Text.RegularExpressions;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Api.Common;

/// <summary>Tells which of the codes a client sent are not countries or indicators of the portal.</summary>
public sealed partial class ApiReferenceCodes(AppDbContext db)
{
    public async Task<IReadOnlyList<string>> UnknownCountriesAsync(IReadOnlyList<string> iso2Codes, CancellationToken cancellationToken)
    {
        var wellFormed = iso2Codes.Where(code => Iso2Format().IsMatch(code)).ToList();
        var known = wellFormed.Count == 0
            ? []
            : await db.Countries.AsNoTracking().Where(c => wellFormed.Contains(c.Iso2)).Select(c => c.Iso2).ToListAsync(cancellationToken);
        return iso2Codes.Except(known, StringComparer.Ordinal).ToList();
    }

    public async Task<IReadOnlyList<string>> UnknownIndicatorsAsync(IReadOnlyList<string> codes, CancellationToken cancellationToken)
    {
        var wellFormed = codes.Where(code => IndicatorFormat().IsMatch(code)).ToList();
        var known = wellFormed.Count == 0
            ? []
            : await db.Indicators.AsNoTracking().Where(i => wellFormed.Contains(i.Code)).Select(i => i.Code).ToListAsync(cancellationToken);
        return codes.Except(known, StringComparer.Ordinal).ToList();
    }

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex Iso2Format();

    [GeneratedRegex("^[A-Z0-9_]{1,40}$")]
    private static partial Regex IndicatorFormat();
}
