namespace ComunidadPyme.Web.Features.Workspace.Common;

/// <summary>
/// Addresses of the workspace pages, from routing (so they follow the routes and the path base), in one
/// place so links and redirects agree. A section is named by its <see cref="WorkspaceSections"/> constant.
/// </summary>
public sealed class WorkspaceUrls(LinkGenerator links, IHttpContextAccessor accessor)
{
    private static readonly Dictionary<string, string> CountrySectionControllers = new(StringComparer.Ordinal)
    {
        [WorkspaceSections.Profile] = "WorkspaceProfile",
        [WorkspaceSections.Institutions] = "WorkspaceInstitutions",
        [WorkspaceSections.FocalPoints] = "WorkspaceFocalPoints",
        [WorkspaceSections.Definitions] = "WorkspaceDefinitions",
        [WorkspaceSections.Laws] = "WorkspaceLaws",
        [WorkspaceSections.Programmes] = "WorkspaceProgrammes",
        [WorkspaceSections.Progress] = "WorkspaceProgress",
        [WorkspaceSections.Problems] = "WorkspaceProblems",
        [WorkspaceSections.Observations] = "Observations",
        [WorkspaceSections.Import] = "ObservationImport",
    };

    private static readonly Dictionary<string, string> AdminSectionControllers = new(StringComparer.Ordinal)
    {
        [WorkspaceSections.Principles] = "AdminPrinciples",
        [WorkspaceSections.Cycles] = "AdminCycles",
        [WorkspaceSections.Indicators] = "IndicatorCatalogue",
    };

    // The history address names the entity type as the code does ("LegalInstrument"), so it keeps its case.
    private static readonly LinkOptions KeepCase = new() { LowercaseUrls = false };

    public string Home(string lang) => PathTo("Index", "WorkspaceHome", new { lang });

    public string Country(string lang, string iso2) => PathTo("Index", "WorkspaceDashboard", new { lang, iso2 });

    public string Section(string lang, string iso2, string section) =>
        PathTo("Index", CountrySectionControllers[section], new { lang, iso2 });

    /// <summary>Where a section's "still correct" confirmation is posted.</summary>
    public string Confirmation(string lang, string iso2, string sectionSlug) =>
        PathTo("Confirm", "WorkspaceConfirmations", new { lang, iso2, section = sectionSlug });

    public string History(string lang, string entityType, int id) =>
        PathTo("Index", "WorkspaceHistory", new { lang, entityType, id }, KeepCase);

    public string Restore(string lang, string entityType, int id, long entryId) =>
        PathTo("Restore", "WorkspaceHistory", new { lang, entityType, id, entryId }, KeepCase);

    public string Admin(string lang, string section) => PathTo("Index", AdminSectionControllers[section], new { lang });

    private string PathTo(string action, string controller, object values, LinkOptions? options = null) =>
        links.GetPathByAction(accessor.HttpContext!, action, controller, values, options: options)
        ?? throw new InvalidOperationException($"No route leads to {controller}.{action}.");
}
