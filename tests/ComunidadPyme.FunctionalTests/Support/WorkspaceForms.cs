using System.Globalization;

namespace ComunidadPyme.FunctionalTests.Support;

/// <summary>Valid form fields for each workspace form, as a browser would post them.</summary>
public static class WorkspaceForms
{
    public static Dictionary<string, string> Institution(string name, Guid? version = null) => Versioned(version, new()
    {
        ["Form.Name.Original"] = name,
        ["Form.Name.Language"] = "en",
        ["Form.Kind"] = "MinistryUnit",
        ["Form.WebsiteUrl"] = "https://example.org/agency",
        ["Form.Mandate.Language"] = "en",
    });

    public static Dictionary<string, string> FocalPoint(string name, Guid? version = null) => Versioned(version, new()
    {
        ["Form.FullName"] = name,
        ["Form.Role"] = "Primary",
        ["Form.Email"] = "person@example.org",
        ["Form.PublicFields"] = "Name",
    });

    public static Dictionary<string, string> Definition(string title, Guid? version = null) => Versioned(version, new()
    {
        ["Form.Title.Original"] = title,
        ["Form.Title.Language"] = "en",
        ["Form.Scope"] = "Law",
        ["Form.LegalSource"] = "Act 1, art. 2",
        ["Form.Method"] = "AllCriteria",
        ["Form.MonetaryUnitKind"] = "Currency",
        ["Form.MonetaryUnit"] = "USD",
        ["Form.Thresholds[0].SizeClass"] = "Micro",
        ["Form.Thresholds[0].MaxEmployees"] = "10",
        ["Form.Thresholds[1].SizeClass"] = "Small",
        ["Form.Thresholds[1].MaxEmployees"] = "50",
        ["Form.Thresholds[1].MaxTurnover"] = "1000000",
        ["Form.Notes.Language"] = "en",
    });

    public static Dictionary<string, string> Law(string title, Guid? version = null) => Versioned(version, new()
    {
        ["Form.Type"] = "Law",
        ["Form.Status"] = "InForce",
        ["Form.Title.Original"] = title,
        ["Form.Title.Language"] = "en",
        ["Form.OfficialNumber"] = "Law 1/2024",
        ["Form.EnactedOn"] = "2024-03-01",
        ["Form.Summary.Language"] = "en",
    });

    public static Dictionary<string, string> Programme(string name, Guid? version = null) => Versioned(version, new()
    {
        ["Form.Name.Original"] = name,
        ["Form.Name.Language"] = "en",
        ["Form.Type"] = "Finance",
        ["Form.TargetGroups"] = "AllMsmes",
        ["Form.StartsOn"] = "2024-01-01",
        ["Form.EndsOn"] = "2026-12-31",
        ["Form.Description.Language"] = "en",
    });

    public static Dictionary<string, string> Progress(string narrative, Guid? version = null, int? principleId = null, int? cycleId = null)
    {
        var form = Versioned(version, new()
        {
            ["Form.Level"] = "InProgress",
            ["Form.Narrative.Original"] = narrative,
            ["Form.Narrative.Language"] = "en",
        });
        if (principleId is { } principle && cycleId is { } cycle)
        {
            form["Form.PrincipleId"] = principle.ToString(CultureInfo.InvariantCulture);
            form["Form.ReportingCycleId"] = cycle.ToString(CultureInfo.InvariantCulture);
        }

        return form;
    }

    public static Dictionary<string, string> Profile(string overview, Guid version) => Versioned(version, new()
    {
        ["Form.PolicyOverview.Original"] = overview,
        ["Form.PolicyOverview.Language"] = "en",
    });

    public static Dictionary<string, string> Version(Guid version) => new() { ["Version"] = version.ToString() };

    private static Dictionary<string, string> Versioned(Guid? version, Dictionary<string, string> fields)
    {
        if (version is { } value)
        {
            fields["Form.Version"] = value.ToString();
        }

        return fields;
    }
}
