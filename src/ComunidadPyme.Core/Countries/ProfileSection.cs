namespace ComunidadPyme.Core.Countries;

/// <summary>The parts of a country profile whose currency a national authority confirms.</summary>
public enum ProfileSection
{
    Authorities = 1,
    Definitions = 2,
    Statistics = 3,
    LegalFramework = 4,
    Programmes = 5,
    Progress = 6,
}
