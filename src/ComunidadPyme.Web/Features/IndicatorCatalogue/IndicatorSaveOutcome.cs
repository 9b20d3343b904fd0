namespace ComunidadPyme.Web.Features.IndicatorCatalogue;

/// <summary>
/// What saving an indicator did. <see cref="Theirs"/> is the version saved meanwhile by someone else when
/// the save was refused; <see cref="CodeTaken"/> when another indicator took the code at the same moment.
/// </summary>
public sealed record IndicatorSaveOutcome(int? Id, IndicatorForm? Theirs = null, bool CodeTaken = false)
{
    public static readonly IndicatorSaveOutcome NotFound = new(Id: null);

    public bool Saved => Id is not null && Theirs is null && !CodeTaken;
}
