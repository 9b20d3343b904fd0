namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>
/// When a part of a profile was last known to be current: the latest change to its records, or the national
/// authority's confirmation that nothing needed changing, whichever is later.
/// </summary>
public sealed record SectionFreshness(DateTime AtUtc, bool IsConfirmation)
{
    /// <returns>Null when the part has neither records nor a confirmation.</returns>
    public static SectionFreshness? Of(IEnumerable<DateTime> recordUpdatesUtc, DateTime? confirmedAtUtc)
    {
        DateTime? lastUpdate = null;
        foreach (var updated in recordUpdatesUtc)
        {
            if (lastUpdate is null || updated > lastUpdate)
            {
                lastUpdate = updated;
            }
        }

        // A confirmation at or after the last change says more (someone checked), so it wins ties.
        return (lastUpdate, confirmedAtUtc) switch
        {
            (null, null) => null,
            (null, { } confirmed) => new SectionFreshness(confirmed, IsConfirmation: true),
            ({ } updated, null) => new SectionFreshness(updated, IsConfirmation: false),
            ({ } updated, { } confirmed) => confirmed >= updated
                ? new SectionFreshness(confirmed, IsConfirmation: true)
                : new SectionFreshness(updated, IsConfirmation: false),
        };
    }
}
