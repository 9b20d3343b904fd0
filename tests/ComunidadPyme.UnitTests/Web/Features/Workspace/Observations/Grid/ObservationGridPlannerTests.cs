using System.Globalization;
using ComunidadPyme.Core.Indicators;
using ComunidadPyme.Web.Features.Workspace.Observations;
using ComunidadPyme.Web.Features.Workspace.Observations.Grid;

namespace ComunidadPyme.UnitTests.Web.Features.Workspace.Observations.Grid;

public sealed class ObservationGridPlannerTests
{
    private static readonly Dictionary<int, IndicatorRules> s_indicators = new()
    {
        [7] = new(7, "DENSITY", "MSME density", "per 1,000", IndicatorTheme.EnterpriseDemography, 1, Periodicity.Annual, 0, 500, true),
    };

    private static readonly Guid s_version = Guid.NewGuid();

    private static ObservationCellInput Saved(string value, string status = "Final", string source = "INE") => new()
    {
        Value = value, Status = status, Source = source, Version = s_version.ToString(),
        Original = CellFingerprint.Of(45.5, ObservationStatus.Final, "INE"),
    };

    private static IReadOnlyList<CellChange> Plan(params (string Key, ObservationCellInput Cell)[] cells) =>
        ObservationGridPlanner.Changes(new ObservationGridInput { Cells = cells.ToDictionary(c => c.Key, c => c.Cell) },
            s_indicators, CultureInfo.GetCultureInfo("es"));

    [Fact]
    public void LeavesOutCellsShownAndPostedUnchanged()
    {
        Assert.Empty(Plan(("7-2020", Saved("45,5")), ("7-2021", Saved("45.50")), ("7-2022", new ObservationCellInput { Value = " " })));
    }

    [Fact]
    public void TellsNewChangedAndDeletedCellsApart()
    {
        var changes = Plan(
            ("7-2020", Saved("46")),
            ("7-2021", Saved("45,5", source: "IBGE")),
            ("7-2022", new ObservationCellInput { Value = "12", Status = "Final", Source = "INE" }),
            ("7-2023", new ObservationCellInput { Value = "45,5", Version = s_version.ToString(), Delete = "true" }));

        Assert.Equal(
            [(new CellKey(7, 2020), CellChangeKind.Update), (new CellKey(7, 2021), CellChangeKind.Update),
             (new CellKey(7, 2022), CellChangeKind.Create), (new CellKey(7, 2023), CellChangeKind.Delete)],
            changes.Select(c => (c.Key, c.Kind)));
        Assert.Equal(s_version, changes[0].SeenVersion);
    }

    [Fact]
    public void IgnoresCellsOfUnknownIndicatorsMalformedKeysAndThoseWhoseOwnerKeptTheirs()
    {
        var kept = Saved("99");
        kept.Keep = KeepChoice.Theirs;

        Assert.Empty(Plan(("8-2020", Saved("46")), ("7-20x1", Saved("46")), ("'; DROP--", Saved("46")), ("7-2020", kept)));
    }
}
