using ComunidadPyme.UnitTests.Support;
using ComunidadPyme.Web.Features.Workspace.Observations;
using ComunidadPyme.Web.Features.Workspace.Observations.Import;

namespace ComunidadPyme.UnitTests.Web.Features.Workspace.Observations.Import;

public sealed class ImportColumnsTests
{
    private static readonly EnglishKeys<ObservationsResource> s_l = new();

    [Fact]
    public void FindsTheColumnsWhateverTheirCaseOrderOrAlias()
    {
        var problems = new List<ImportProblem>();

        var columns = ImportColumns.Parse(new ImportRawRow(1, ["\uFEFFSource", "Period", "unit", "VALUE", "Indicator Code", "status", ""]), problems, s_l);

        Assert.Empty(problems);
        Assert.Equal((0, 1, 3, 4, 5), (columns!.Index(ImportColumnNames.SourceNote), columns.Index(ImportColumnNames.Year),
            columns.Index(ImportColumnNames.Value), columns.Index(ImportColumnNames.IndicatorCode), columns.Index(ImportColumnNames.Status)));
        Assert.Equal("period", columns.Name(ImportColumnNames.Year));
    }

    [Fact]
    public void ReportsUnknownRepeatedAndMissingColumns()
    {
        var problems = new List<ImportProblem>();

        var columns = ImportColumns.Parse(new ImportRawRow(1, ["indicator_code", "vaule", "year", "year", "status"]), problems, s_l);

        Assert.Null(columns);
        Assert.Equal(
            [("vaule", "Unknown column. The columns are: indicator_code, year, value, status, source_note."),
             ("year", "This column appears twice."),
             ("value", "This column is missing. The first row must name the columns: indicator_code, year, value, status, source_note."),
             ("source_note", "This column is missing. The first row must name the columns: indicator_code, year, value, status, source_note.")],
            problems.Select(p => (p.Column!, p.Reason)));
    }
}
