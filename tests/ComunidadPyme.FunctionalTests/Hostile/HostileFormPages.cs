using System.Globalization;
using ComunidadPyme.Core.Countries;
using ComunidadPyme.Core.Definitions;
using ComunidadPyme.Core.Indicators;
using ComunidadPyme.Core.Legal;
using ComunidadPyme.Core.Principles;
using ComunidadPyme.Core.Programmes;
using ComunidadPyme.Core.Security;
using ComunidadPyme.FunctionalTests.Support;

namespace ComunidadPyme.FunctionalTests.Hostile;

/// <summary>A page whose forms get the corpus: who opens it, and what a valid new record needs.</summary>
/// <param name="Url">The form's page, or for an edit form the list whose first editable record is opened.</param>
/// <param name="IsList">The page lists records; the form is on the first one's edit page.</param>
/// <param name="Posts">Only the forms whose action ends so (a page may carry several).</param>
/// <param name="Valid">The fields a new record needs, given a number that makes them unique.</param>
/// <param name="FullCorpus">The field that gets every entry of the corpus, not only the sample.</param>
/// <param name="Stores">The record a save writes, checked after every post that wrote something.</param>
public sealed record HostileFormPage(
    WorkspaceUser User,
    string Url,
    bool IsList = false,
    string? Posts = null,
    Func<int, Dictionary<string, string>>? Valid = null,
    string? FullCorpus = null,
    Type? Stores = null);

/// <summary>
/// Every workspace form of Brazil and every administration form. The laws come last: a law saved with an
/// empty summary broke every later save of the country, and the other forms' own defects should show first.
/// </summary>
public static class HostileFormPages
{
    public const string Dashboard = Workspace;

    private const string Workspace = "/en/workspace/br";
    private const string Summary = "Form.Summary.Original";
    private const string InstitutionName = "Form.Name.Original";

    public static IReadOnlyList<HostileFormPage> All { get; } =
    [
        new(WorkspaceUser.FocalPointBrazil, Dashboard),
        new(WorkspaceUser.FocalPointBrazil, $"{Workspace}/profile", Posts: "/profile", Valid: _ => Overview(), Stores: typeof(Country)),
        new(WorkspaceUser.FocalPointBrazil, $"{Workspace}/institutions/new", Valid: n => WorkspaceForms.Institution($"Hostile agency {n}"), FullCorpus: InstitutionName, Stores: typeof(Institution)),
        new(WorkspaceUser.FocalPointBrazil, $"{Workspace}/institutions", IsList: true, FullCorpus: InstitutionName, Stores: typeof(Institution)),
        new(WorkspaceUser.FocalPointBrazil, $"{Workspace}/focal-points/new", Valid: n => WorkspaceForms.FocalPoint($"Hostile Person {n}"), Stores: typeof(FocalPoint)),
        new(WorkspaceUser.FocalPointBrazil, $"{Workspace}/focal-points", IsList: true, Stores: typeof(FocalPoint)),
        new(WorkspaceUser.FocalPointBrazil, $"{Workspace}/definitions/new", Valid: n => WorkspaceForms.Definition($"Hostile definition {n}"), Stores: typeof(MsmeDefinition)),
        new(WorkspaceUser.FocalPointBrazil, $"{Workspace}/definitions", IsList: true, Stores: typeof(MsmeDefinition)),
        new(WorkspaceUser.FocalPointBrazil, $"{Workspace}/programmes/new", Valid: n => WorkspaceForms.Programme($"Hostile programme {n}"), Stores: typeof(SupportProgramme)),
        new(WorkspaceUser.FocalPointBrazil, $"{Workspace}/programmes", IsList: true, Stores: typeof(SupportProgramme)),
        new(WorkspaceUser.FocalPointBrazil, $"{Workspace}/progress/new", Valid: _ => Progress(), Stores: typeof(ProgressReport)),
        new(WorkspaceUser.FocalPointBrazil, $"{Workspace}/progress", IsList: true, Posts: "/edit", Stores: typeof(ProgressReport)),
        new(WorkspaceUser.FocalPointBrazil, $"{Workspace}/progress", IsList: true, Posts: "/comment",
            Valid: _ => new() { ["Text"] = "An answer to the reviewers, written before the hostile text." }, Stores: typeof(ReviewComment)),
        new(WorkspaceUser.Administrator, $"{Workspace}/profile", Posts: "/membership", Valid: Membership, Stores: typeof(MembershipPeriod)),
        new(WorkspaceUser.Administrator, "/en/admin/principles", IsList: true, Stores: typeof(Principle)),
        new(WorkspaceUser.Administrator, "/en/admin/cycles/new", Valid: _ => Cycle(), Stores: typeof(ReportingCycle)),
        new(WorkspaceUser.Administrator, "/en/admin/cycles", IsList: true, Stores: typeof(ReportingCycle)),
        new(WorkspaceUser.Administrator, "/en/admin/indicators/new", Valid: Indicator, Stores: typeof(Indicator)),
        new(WorkspaceUser.Administrator, "/en/admin/indicators", IsList: true, Stores: typeof(Indicator)),
        new(WorkspaceUser.Administrator, "/en/admin/accounts/invite", Valid: Invitation),
        new(WorkspaceUser.FocalPointBrazil, $"{Workspace}/laws/new", Valid: Law, FullCorpus: Summary, Stores: typeof(LegalInstrument)),
        new(WorkspaceUser.FocalPointBrazil, $"{Workspace}/laws", IsList: true, FullCorpus: Summary, Stores: typeof(LegalInstrument)),
    ];

    /// <summary>The sample Brazil has no overview; with one, the translations are tried against an original.</summary>
    private static Dictionary<string, string> Overview() => new()
    {
        ["Form.PolicyOverview.Original"] = "Brazil's MSME policy, written before the hostile text.",
        ["Form.PolicyOverview.Language"] = "pt",
    };

    private static Dictionary<string, string> Law(int n)
    {
        var form = WorkspaceForms.Law($"Hostile law {n}");
        form["Form.Summary.Original"] = "What the law does, written before the hostile text.";
        return form;
    }

    private static Dictionary<string, string> Progress()
    {
        var form = WorkspaceForms.Progress("What the country did, written before the hostile text.");
        form["Form.Evidence[0].Title"] = "Annual report";
        form["Form.Evidence[0].Url"] = "https://example.org/report";
        return form;
    }

    private static Dictionary<string, string> Membership(int n) => new()
    {
        ["NewPeriod.Status"] = "Active",
        ["NewPeriod.EffectiveFrom"] = new DateOnly(1900, 1, 1).AddDays(n).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["NewPeriod.Precision"] = "Day",
        ["NewPeriod.Note"] = "Ratified the Charter",
    };

    private static Dictionary<string, string> Cycle() => new()
    {
        ["Form.Name.En"] = "Towards the VI Dialogue",
        ["Form.OpensOn"] = "2031-01-01",
        ["Form.SubmissionDeadline"] = "2031-12-31",
        ["Form.Status"] = "Planned",
    };

    private static Dictionary<string, string> Indicator(int n) => new()
    {
        ["Form.Code"] = $"HOSTILE_{n}",
        ["Form.Name.En"] = "MSMEs with a website", ["Form.Name.Es"] = "MIPYME con sitio web",
        ["Form.Name.Pt"] = "MPME com site", ["Form.Name.Fr"] = "MPME dotées d'un site web",
        ["Form.Unit.En"] = "% of MSMEs", ["Form.Unit.Es"] = "% de las MIPYME",
        ["Form.Kind"] = "Indicator", ["Form.Theme"] = "InnovationAndDigital", ["Form.Periodicity"] = "Annual",
        ["Form.Decimals"] = "1", ["Form.MinValue"] = "0", ["Form.MaxValue"] = "100", ["Form.SortOrder"] = "500",
        ["Form.Source"] = "National ICT survey",
    };

    private static Dictionary<string, string> Invitation(int n) => new()
    {
        ["Email"] = $"hostile.{n}@example.org",
        ["DisplayName"] = "Invited Person",
        ["PreferredLanguage"] = "en",
        ["Role"] = Roles.Reviewer,
    };
}
