using ComunidadPyme.Core.Legal;
using ComunidadPyme.Web.Features.Api.Common;

namespace ComunidadPyme.Web.Features.OpenData.Tables;

/// <summary>The legal library: laws, decrees, policies and plans of each member state.</summary>
public static class LegalInstrumentTable
{
    public sealed record LegalInstrumentTableRow(LegalInstrument Instrument, string CountryIso2);

    public static readonly IReadOnlyList<OpenDataColumn> Columns =
    [
        new("id", "Identifier, as in the API (/api/v1/legal-instruments/{id})."),
        new("country_iso2", "ISO 3166-1 alpha-2 code of the member state."),
        new("type", "ConstitutionalProvision, Law, Decree, Regulation, Resolution, Policy, Strategy or Plan."),
        new("official_number", "Official number, e.g. Lei Complementar 123/2006."),
        new("title_original", "Title in its original language."),
        new("title_language", "ISO 639-1 code of the original language."),
        new("title_en", "Title in English, when translated."),
        new("title_es", "Title in Spanish, when translated."),
        new("title_pt", "Title in Portuguese, when translated."),
        new("title_fr", "Title in French, when translated."),
        new("topics", "Topics, separated by semicolons."),
        new("issuing_body", "Body that issued it."),
        new("enacted_on", "Date of enactment (yyyy-mm-dd)."),
        new("published_on", "Date of publication (yyyy-mm-dd)."),
        new("status", "InForce, Amended or Repealed."),
        new("official_url", "Address of the official text."),
        new("is_sample", "true for an illustrative sample record, not a real instrument; false otherwise."),
        new("updated_utc", "When the record last changed (UTC)."),
    ];

    public static OpenDataTable Build(IReadOnlyList<LegalInstrumentTableRow> rows) => new(
        "legal-instruments.csv",
        "The legal and regulatory framework for MSMEs of each member state.",
        Columns,
        rows.Select(r => (IReadOnlyList<object?>)
        [
            r.Instrument.Id, r.CountryIso2, r.Instrument.Type.ToString(), r.Instrument.OfficialNumber,
            r.Instrument.Title.Original, r.Instrument.Title.Language, r.Instrument.Title.En, r.Instrument.Title.Es,
            r.Instrument.Title.Pt, r.Instrument.Title.Fr, OpenDataTable.List(EnumNames.Flags(r.Instrument.Topics)),
            r.Instrument.IssuingBody, r.Instrument.EnactedOn, r.Instrument.PublishedOn, r.Instrument.Status.ToString(),
            r.Instrument.OfficialUrl, OpenDataTable.Flag(r.Instrument.IsSample),
            DateTime.SpecifyKind(r.Instrument.UpdatedAtUtc, DateTimeKind.Utc),
        ]).ToList(),
        OpenDataTable.Latest(rows.Select(r => r.Instrument.UpdatedAtUtc)));
}
