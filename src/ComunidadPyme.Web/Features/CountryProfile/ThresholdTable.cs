using ComunidadPyme.Core.Definitions;

namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>
/// A definition's thresholds as a table: one row per size class (and sector), one column per criterion the
/// definition uses. <see cref="Highlight"/> marks the class the calculator found.
/// </summary>
public sealed record ThresholdTable(MsmeDefinition Definition, IReadOnlyList<SizeThreshold> Rows, SizeClass? Highlight = null)
{
    public static ThresholdTable Of(MsmeDefinition definition) => new(definition,
        definition.Thresholds.OrderBy(t => t.Sector is null ? 0 : 1).ThenBy(t => t.Sector).ThenBy(t => t.SizeClass).ToList());

    public bool HasSector => Rows.Any(t => t.Sector is not null);
    public bool HasEmployees => Rows.Any(t => t.MaxEmployees is not null);
    public bool HasTurnover => Rows.Any(t => t.MaxTurnover is not null);
    public bool HasAssets => Rows.Any(t => t.MaxAssets is not null);
    public bool HasScore => Rows.Any(t => t.MaxScore is not null);

    /// <summary>An amount with group separators and only the decimals the law gives (a score cap of 4.6, not 4.60).</summary>
    public static string Amount(decimal value) =>
        value.ToString("#,0.####", System.Globalization.CultureInfo.CurrentCulture);
}
