using System.Globalization;

namespace ComunidadPyme.Web.Features.Workspace.Observations.Grid;

/// <summary>One cell of the grid, written "indicatorId-year" in form field names: <c>Cells[12-2021].Value</c>.</summary>
public readonly record struct CellKey(int IndicatorId, int Year)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{IndicatorId}-{Year}");

    public static bool TryParse(string? text, out CellKey key)
    {
        key = default;
        var parts = text?.Split('-');
        if (parts is not { Length: 2 }
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var indicatorId)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year is < 1000 or > 9999)
        {
            return false;
        }

        key = new CellKey(indicatorId, year);
        return true;
    }
}
