using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Countries;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

/// <summary>
/// The national MSME authority and the national statistics office of each member state, with their official
/// web addresses and the page on which each was checked (reference data, not sample data). Names are official,
/// in the body's own language, with an English name. A body whose existence could not be confirmed from a
/// source is left out rather than guessed (Antigua and Barbuda's and Grenada's MSME authorities, for now); an
/// address that could not be confirmed is left empty (the Bahamas' statistics institute).
/// </summary>
public static partial class ReferenceInstitutions
{
    /// <summary>When the names, addresses and sources below were checked.</summary>
    public static readonly DateOnly CheckedOn = new(2026, 12, 7);

    public static IReadOnlyList<ReferenceInstitution> All() =>
        [.. NorthAndCentralAmerica(), .. Caribbean(), .. SouthAmerica()];

    private static ReferenceInstitution Authority(
        string iso2, string language, string name, string? english, string? acronym, string? url, string? source) =>
        new(iso2, InstitutionKind.NationalMsmeAuthority, Text(language, name, english), acronym, url, source);

    /// <summary>A body that supports MSMEs nationally without being a government authority (Brazil's SEBRAE).</summary>
    private static ReferenceInstitution Support(
        string iso2, string language, string name, string? english, string? acronym, string? url, string? source) =>
        new(iso2, InstitutionKind.Other, Text(language, name, english), acronym, url, source);

    private static ReferenceInstitution Statistics(
        string iso2, string language, string name, string? english, string? acronym, string? url, string? source) =>
        new(iso2, InstitutionKind.StatisticsOffice, Text(language, name, english), acronym, url, source);

    private static TranslatableText Text(string language, string name, string? english) =>
        new() { Language = language, Original = name, En = english };
}

/// <summary>One reference body: its official name, kind, address and the page that confirmed it.</summary>
public sealed record ReferenceInstitution(
    string Iso2, InstitutionKind Kind, TranslatableText Name, string? Acronym, string? WebsiteUrl, string? SourceUrl)
{
    public Institution ToInstitution(int countryId) => new()
    {
        CountryId = countryId,
        IsSample = false,
        Kind = Kind,
        Name = new TranslatableText { Language = Name.Language, Original = Name.Original, En = Name.En },
        Acronym = Acronym,
        WebsiteUrl = WebsiteUrl,
        SourceUrl = SourceUrl,
        CheckedOn = SourceUrl is null ? null : ReferenceInstitutions.CheckedOn,
    };
}
