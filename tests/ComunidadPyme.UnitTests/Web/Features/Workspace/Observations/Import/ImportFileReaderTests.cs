using System.Text;
using ComunidadPyme.Web.Features.Workspace.Observations.Import;
using MiniExcelLibs;

namespace ComunidadPyme.UnitTests.Web.Features.Workspace.Observations.Import;

public sealed class ImportFileReaderTests
{
    private static List<ImportRawRow> Csv(byte[] content) => ImportFileReader.Rows(new MemoryStream(content), out _).ToList();

    [Fact]
    public void TellsAWorkbookFromTextByItsContentNotItsName()
    {
        using var workbook = new MemoryStream();
        workbook.SaveAs(new[] { new Dictionary<string, object?> { ["a"] = 1 } });

        workbook.Position = 0;

        Assert.Equal(ImportFormat.Xlsx, ImportFileReader.Detect(workbook));
        Assert.Equal(0, workbook.Position);
        Assert.Equal(ImportFormat.Csv, ImportFileReader.Detect(new MemoryStream(Encoding.UTF8.GetBytes("indicator_code,year"))));
        Assert.Equal(ImportFormat.Csv, ImportFileReader.Detect(new MemoryStream()));
    }

    [Fact]
    public void ReadsSemicolonsLatin1AndNumbersRowsAsASpreadsheetDoes()
    {
        var rows = Csv(Encoding.Latin1.GetBytes("indicator_code;value;source_note\nA;12,5;Estadística\n\nB;3;\"two\nlines\"\nC;4;x\n"));

        Assert.Equal([1, 2, 4, 5], rows.Select(r => r.Number));
        Assert.Equal(["A", "12,5", "Estadística"], rows[1].Cells);
        Assert.Equal("two\nlines", rows[2].Cell(2));
        Assert.Null(rows[2].Cell(7));
    }

    public static TheoryData<string, byte[], ImportTextEncoding> Encodings()
    {
        const string text = "indicator_code;source_note\nA;Estadística “Pymes” 2024 – € ção\n";
        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        return new TheoryData<string, byte[], ImportTextEncoding>
        {
            { "UTF-8", Encoding.UTF8.GetBytes(text), ImportTextEncoding.Utf8 },
            { "UTF-8 with BOM", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)], ImportTextEncoding.Utf8WithByteOrderMark },
            { "UTF-16 LE", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)], ImportTextEncoding.Utf16LittleEndian },
            { "UTF-16 BE", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)], ImportTextEncoding.Utf16BigEndian },
            { "UTF-16 LE without BOM", Encoding.Unicode.GetBytes(text), ImportTextEncoding.Utf16LittleEndian },
            { "UTF-16 BE without BOM", Encoding.BigEndianUnicode.GetBytes(text), ImportTextEncoding.Utf16BigEndian },
            { "Windows-1252", windows1252.GetBytes(text), ImportTextEncoding.Windows1252 },
        };
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void ReadsEveryEncodingASpreadsheetSavesAndSaysWhichItRead(string name, byte[] content, ImportTextEncoding expected)
    {
        var rows = ImportFileReader.Rows(new MemoryStream(content), out var read).ToList();

        Assert.True(expected == read, $"{name} was read as {read}");
        Assert.Equal(["A", "Estadística “Pymes” 2024 – € ção"], rows[1].Cells);
    }

    [Fact]
    public void SaysNothingAboutTheEncodingOfAWorkbook()
    {
        using var workbook = new MemoryStream();
        workbook.SaveAs(new[] { new Dictionary<string, object?> { ["a"] = 1 } });
        workbook.Position = 0;

        _ = ImportFileReader.Rows(workbook, out var read).ToList();

        Assert.Null(read);
    }

    [Fact]
    public void UndoesTheFormulaEscapeOfItsOwnDownloadsButKeepsFormulaTextAsText()
    {
        var rows = Csv(Encoding.UTF8.GetBytes("a,b,c\n'-5,=1+1,'quoted\n"));

        Assert.Equal(["-5", "=1+1", "'quoted"], rows[1].Cells);
    }

    [Fact]
    public void ReadsWorkbookNumbersAsInvariantTextAndLeavesOutEmptyRows()
    {
        using var workbook = new MemoryStream();
        workbook.SaveAs(new[]
        {
            new Dictionary<string, object?> { ["indicator_code"] = "A", ["year"] = 2024, ["value"] = 12.5 },
            new Dictionary<string, object?> { ["indicator_code"] = null, ["year"] = null, ["value"] = null },
            new Dictionary<string, object?> { ["indicator_code"] = "B", ["year"] = "2023", ["value"] = "7,5" },
        });

        workbook.Position = 0;

        var rows = ImportFileReader.Rows(workbook, out _).ToList();

        Assert.Equal(["indicator_code", "year", "value"], rows[0].Cells);
        Assert.Equal(["A", "2024", "12.5"], rows[1].Cells);
        Assert.Equal((4, "7,5"), (rows[2].Number, rows[2].Cell(2)));
    }
}
