namespace ComunidadPyme.Core.Common;

/// <summary>A record that belongs to one country, and so may be edited only by that country's focal points.</summary>
public interface ICountryScoped
{
    int CountryId { get; }
}
