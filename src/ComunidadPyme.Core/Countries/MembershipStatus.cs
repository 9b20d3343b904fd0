namespace ComunidadPyme.Core.Countries;

/// <summary>A member state's standing in the OAS from a given date.</summary>
public enum MembershipStatus
{
    /// <summary>A member state taking part in the Organization.</summary>
    Active = 1,

    /// <summary>A member state that does not take part (e.g. Cuba since 1962, not resumed after 2009).</summary>
    NotParticipating = 2,

    /// <summary>The state has notified its denunciation of the Charter; it takes effect two years later.</summary>
    DenunciationNotified = 3,

    /// <summary>The denunciation of the Charter has taken effect.</summary>
    Withdrawn = 4,

    /// <summary>
    /// The General Assembly suspended the state's right to take part (Honduras, 4 July 2009 to 1 June 2011,
    /// under art. 21 of the Inter-American Democratic Charter).
    /// </summary>
    Suspended = 5,
}
