using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.Web.Features.Workspace.Observations.Grid;

/// <summary>
/// A short digest of a cell's value, status and source as shown to the person. Posted back with the cell,
/// it tells which cells they changed, so a cell someone else saved meanwhile is neither overwritten nor
/// reported as a conflict when this person did not touch it.
/// </summary>
public static class CellFingerprint
{
    public static string Of(double value, ObservationStatus status, string source)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{value:R}\n{status}\n{source.Trim()}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }

    public static string Of(ObservationDraft draft) =>
        draft is { Value: { } value, Status: { } status } ? Of(value, status, draft.Source) : string.Empty;
}
