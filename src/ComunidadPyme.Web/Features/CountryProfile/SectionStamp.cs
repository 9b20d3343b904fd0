using ComunidadPyme.Core.Countries;

namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>
/// The "last updated" line of one part of a profile, and whether by <see cref="Freshness"/> it is stale; a
/// record so that a view can always pass a model.
/// </summary>
public sealed record SectionStamp(SectionFreshness? Freshness, bool IsStale);
