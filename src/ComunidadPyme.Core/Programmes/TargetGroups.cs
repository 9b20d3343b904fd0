namespace ComunidadPyme.Core.Programmes;

[Flags]
public enum TargetGroups
{
    None = 0,
    AllMsmes = 1,
    MicroEnterprises = 2,
    SmallEnterprises = 4,
    MediumEnterprises = 8,
    WomenEntrepreneurs = 16,
    YoungEntrepreneurs = 32,
    StartUps = 64,
    Exporters = 128,
    RuralEnterprises = 256,
    IndigenousAndAfroDescendantEntrepreneurs = 512,
}
