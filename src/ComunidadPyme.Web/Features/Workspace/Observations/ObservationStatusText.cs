using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.Web.Features.Workspace.Observations;

/// <summary>Statuses as written in files and forms: the English code, in any letter case ("final", "Provisional").</summary>
public static class ObservationStatusText
{
    public static readonly IReadOnlyList<ObservationStatus> All = Enum.GetValues<ObservationStatus>();

    public static string Codes => string.Join(", ", All.Select(Code));

    public static string Code(ObservationStatus status) => status.ToString().ToLowerInvariant();

    public static bool TryParse(string? text, out ObservationStatus status)
    {
        status = default;
        var trimmed = text?.Trim();
        var match = All.Where(s => string.Equals(s.ToString(), trimmed, StringComparison.OrdinalIgnoreCase)).ToList();
        if (match.Count != 1)
        {
            return false;
        }

        status = match[0];
        return true;
    }
}
