using ComunidadPyme.Core.Feedback;
using ComunidadPyme.Web.Features.CountryProfile;

namespace ComunidadPyme.Web.Features.Problems;

/// <summary>The public page of the record a problem report is about, as routing names it.</summary>
public sealed record ProblemRecordRoute(string Action, string Controller, object Values, string? Fragment)
{
    public static ProblemRecordRoute For(ProblemSubject subject, int? recordId, string? indicatorCode, string iso2, string language)
    {
        var country = iso2.ToLowerInvariant();
        return subject switch
        {
            ProblemSubject.Law => new("Details", "Laws", new { lang = language, id = recordId }, null),
            ProblemSubject.Programme => new("Show", "CountryProfile", new { lang = language, iso2 = country }, "programmes"),
            _ => new("Show", "CountryProfile", new { lang = language, iso2 = country }, IndicatorSeries.AnchorFor(indicatorCode!)),
        };
    }
}
