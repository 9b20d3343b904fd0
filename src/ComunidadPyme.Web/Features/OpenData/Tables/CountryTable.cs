using ComunidadPyme.Core.Countries;

namespace ComunidadPyme.Web.Features.OpenData.Tables;

/// <summary>The member states with their codes, names and membership status on the day of the download.</summary>
public static class CountryTable
{
    public sealed record CountryTableRow(Country Country, MembershipStatus? Status, DateOnly? StatusSince);

    public static readonly IReadOnlyList<OpenDataColumn> Columns =
    [
        new("iso2", "ISO 3166-1 alpha-2 code."),
        new("iso3", "ISO 3166-1 alpha-3 code."),
        new("name_en", "Name in English."),
        new("name_es", "Name in Spanish."),
        new("name_pt", "Name in Portuguese."),
        new("name_fr", "Name in French."),
        new("sub_region", "NorthAmerica, CentralAmerica, Caribbean or SouthAmerica."),
        new("currency_code", "ISO 4217 code of the national currency."),
        new("official_languages", "ISO 639-1 codes of the official languages, separated by semicolons."),
        new("membership_status", "OAS membership status on the day of the download: Active, NotParticipating, Suspended, DenunciationNotified or Withdrawn."),
        new("membership_status_since", "Date from which that status applies (yyyy-mm-dd)."),
    ];

    public static OpenDataTable Build(IReadOnlyList<CountryTableRow> rows) => new(
        "countries.csv",
        "The 35 OAS member states.",
        Columns,
        rows.Select(r => (IReadOnlyList<object?>)
        [
            r.Country.Iso2, r.Country.Iso3, r.Country.Name.En, r.Country.Name.Es, r.Country.Name.Pt, r.Country.Name.Fr,
            r.Country.SubRegion.ToString(), r.Country.CurrencyCode, OpenDataTable.List(r.Country.OfficialLanguages),
            r.Status?.ToString(), r.StatusSince,
        ]).ToList(),
        UpdatedUtc: null);
}
