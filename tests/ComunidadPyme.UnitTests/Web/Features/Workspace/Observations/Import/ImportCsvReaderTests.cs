using System.Text;
using ComunidadPyme.Web.Features.Workspace.Observations.Import;

namespace ComunidadPyme.UnitTests.Web.Features.Workspace.Observations.Import;

public sealed class ImportCsvReaderTests
{
    private static ImportRefusedException Refusal(string text) => Refusal(Encoding.UTF8.GetBytes(text));

    private static ImportRefusedException Refusal(byte[] content) =>
        Assert.Throws<ImportRefusedException>(() => ImportFileReader.Rows(new MemoryStream(content), out _).ToList());

    [Fact]
    public void RefusesTenMillionColumnsWithoutHoldingThem()
    {
        var content = new byte[10_000_001];
        Array.Fill(content, (byte)',');
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        var refusal = Refusal(content);

        Assert.Equal((ImportRefusalReason.TooManyColumns, 1), (refusal.Reason, refusal.Row));
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - allocated, 0, 1024 * 1024);
    }

    [Fact]
    public void CountsColumnsWithTheSeparatorOfTheFirstRow()
    {
        var commasInANote = "a;b\n1;\"" + new string(',', 300) + "\"\n";
        var tooManySemicolons = "a;b\n1;2\n\n" + new string(';', ImportLimits.MaxColumns) + "\n";

        Assert.Equal(2, ImportFileReader.Rows(new MemoryStream(Encoding.UTF8.GetBytes(commasInANote)), out _).Count());
        var refusal = Refusal(tooManySemicolons);
        Assert.Equal((ImportRefusalReason.TooManyColumns, 4), (refusal.Reason, refusal.Row));
    }

    [Fact]
    public void RefusesALongCellCountingAnEscapedQuoteAsOneCharacter()
    {
        var quotes = string.Concat(Enumerable.Repeat("\"\"", ImportLimits.MaxCellChars));
        var longCell = new string('x', ImportLimits.MaxCellChars + 1);

        Assert.Equal(quotes[..ImportLimits.MaxCellChars], ImportFileReader.Rows(new MemoryStream(Encoding.UTF8.GetBytes($"a\n\"{quotes}\"\n")), out _).Last().Cells[0]);
        var refusal = Refusal($"a,b\n1,2\n3,\"{longCell}\"\n");
        Assert.Equal((ImportRefusalReason.CellTooLong, 3), (refusal.Reason, refusal.Row));
    }

    [Fact]
    public void RefusesALongRowAndALongColumnName()
    {
        var wideRow = string.Join(",", Enumerable.Repeat(new string('x', 3_000), 20));
        var longName = new string('n', ImportLimits.MaxColumnNameChars + 1);

        var longRow = Refusal($"a\n{wideRow}\n");
        var longHeader = Refusal($"\nindicator_code,{longName}\n");

        Assert.Equal((ImportRefusalReason.RowTooLong, 2), (longRow.Reason, longRow.Row));
        Assert.Equal((ImportRefusalReason.ColumnNameTooLong, 2), (longHeader.Reason, longHeader.Row));
    }

    [Fact]
    public void ReadsALatin1FileWhoseFirstInvalidByteComesLate()
    {
        var content = Encoding.Latin1.GetBytes("a;b\n" + string.Concat(Enumerable.Repeat("x;y\n", 10_000)) + "z;Estadística\n");

        var rows = ImportFileReader.Rows(new MemoryStream(content), out _).ToList();

        Assert.Equal(["z", "Estadística"], rows[^1].Cells);
    }
}
