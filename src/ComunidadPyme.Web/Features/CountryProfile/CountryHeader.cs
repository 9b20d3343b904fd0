using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Countries;

namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>Who the country is: names, languages, currency, OAS membership history and section confirmations.</summary>
public sealed record CountryHeader(
    int Id,
    string Iso2,
    string Iso3,
    LocalizedText Name,
    SubRegion SubRegion,
    IReadOnlyList<string> OfficialLanguages,
    string CurrencyCode,
    TranslatableText? PolicyOverview,
    IReadOnlyList<MembershipStep> Membership,
    IReadOnlyDictionary<ProfileSection, DateTime> ConfirmedAtUtc)
{
    /// <summary>The address segment of the country, lower case as in every link the portal writes.</summary>
    public string Slug => Iso2.ToLowerInvariant();

    public MembershipStep? MembershipOn(DateOnly date) =>
        Membership.Where(m => m.EffectiveFrom <= date).MaxBy(m => m.EffectiveFrom);
}

/// <summary>One step of a country's OAS membership history; <see cref="Note"/> is written in English.</summary>
public sealed record MembershipStep(MembershipStatus Status, DateOnly EffectiveFrom, DatePrecision Precision, string? Note);
