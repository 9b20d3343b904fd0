namespace ComunidadPyme.Web.Features.Workspace.Dashboard;

/// <summary>Something missing or stale in a country's profile, as the dashboard lists it.</summary>
public enum FindingKind
{
    NoPolicyOverview = 1,
    NoInstitutions = 2,
    NoFocalPoints = 3,
    FocalPointsNotConfirmed = 4,
    NoDefinitionInForce = 5,
    LawsWithoutSummary = 6,
    LawsWithoutOfficialText = 7,
    ProgrammesEnded = 8,
    ReportsReturned = 9,
    ReportsInDraft = 10,
    PrinciplesWithoutReport = 11,
    NoStatistics = 12,
    StatisticsOutdated = 13,
    SectionsNotConfirmed = 14,
}
