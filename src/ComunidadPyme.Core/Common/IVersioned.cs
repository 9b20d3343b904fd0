namespace ComunidadPyme.Core.Common;

/// <summary>
/// A record protected by optimistic concurrency. The token is renewed on every save, so two people who
/// loaded the same version cannot both save it: the second gets a conflict instead of overwriting.
/// </summary>
public interface IVersioned
{
    Guid Version { get; set; }
}
