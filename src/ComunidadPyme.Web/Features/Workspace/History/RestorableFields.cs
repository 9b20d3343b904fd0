using ComunidadPyme.Core.Countries;
using ComunidadPyme.Core.Principles;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ComunidadPyme.Web.Features.Workspace.History;

/// <summary>
/// Which recorded fields "restore this version" may bring back. Never: keys and the country (a record cannot
/// move to another country), the sample flag, fields of a unique index (bringing one back could collide with
/// another record), a report's workflow stamps (only the review workflow moves a report), and, on a country,
/// anything but the policy overview (the rest is reference data).
/// </summary>
public static class RestorableFields
{
    private static readonly HashSet<string> s_never = ["Id", "CountryId", "IsSample"];

    private static readonly HashSet<string> s_workflow =
    [
        nameof(ProgressReport.State), nameof(ProgressReport.SubmittedAtUtc), nameof(ProgressReport.SubmittedBy),
        nameof(ProgressReport.ReviewedAtUtc), nameof(ProgressReport.ReviewedBy),
    ];

    public static bool Allows(IEntityType type, string field)
    {
        var root = field.Split('.')[0];
        if (s_never.Contains(root))
        {
            return false;
        }

        if (type.ClrType == typeof(Country))
        {
            return root == nameof(Country.PolicyOverview);
        }

        if (type.ClrType == typeof(ProgressReport) && s_workflow.Contains(root))
        {
            return false;
        }

        return type.FindProperty(root) is not { } property
               || !property.GetContainingIndexes().Any(i => i.IsUnique);
    }
}
