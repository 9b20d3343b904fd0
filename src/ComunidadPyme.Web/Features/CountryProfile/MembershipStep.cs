using ComunidadPyme.Core.Countries;

namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>One step of a country's OAS membership history; <see cref="Note"/> is written in English.</summary>
public sealed record MembershipStep(MembershipStatus Status, DateOnly EffectiveFrom, DatePrecision Precision, string? Note);
