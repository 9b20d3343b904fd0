using ComunidadPyme.Web.Features.Workspace.Observations.Import;
using MiniExcelLibs;

namespace ComunidadPyme.UnitTests.Web.Features.Workspace.Observations.Import;

public sealed class ImportXlsxReaderTests
{
    private static List<ImportRawRow> Read(Stream workbook) => ImportFileReader.Rows(workbook, out _).ToList();

    private static ImportRefusedException Refusal(Stream workbook) =>
        Assert.Throws<ImportRefusedException>(() => ImportFileReader.Rows(workbook, out _).ToList());

    [Fact]
    public void ReadsSharedInlineRichAndNumberCellsInTheirColumns()
    {
        using var workbook = HandmadeWorkbook.Build(
            sheet => sheet.Write(HandmadeWorkbook.SheetStart +
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"inlineStr\"><is><r><t>val</t></r><r><t xml:space=\"preserve\">ue </t></r></is></c></row>" +
                "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>1</v></c><c r=\"B3\"><f>1+1</f><v>12.50</v></c><c r=\"C3\" t=\"b\"><v>1</v></c><c r=\"XFD3\" s=\"4\"/></row>" +
                HandmadeWorkbook.SheetEnd),
            texts => texts.Write($"<sst xmlns=\"{HandmadeWorkbook.Main}\"><si><t> indicator_code </t></si><si><t>MSME</t><rPh><t>エム</t></rPh></si></sst>"));

        var rows = Read(workbook);

        Assert.Equal([1, 3], rows.Select(r => r.Number));
        Assert.Equal(["indicator_code", null, "value"], rows[0].Cells);
        Assert.Equal(["MSME", "12.5", "True"], rows[1].Cells);
    }

    [Fact]
    public void ReadsDateFormattedNumbersAsDatesAsMiniExcelWritesThem()
    {
        using var workbook = new MemoryStream();
        workbook.SaveAs(new[] { new Dictionary<string, object?> { ["period"] = new DateTime(2023, 5, 1), ["value"] = 45047 } });
        workbook.Position = 0;

        var rows = Read(workbook);

        Assert.Equal(["2023-05-01", "45047"], rows[1].Cells);
    }

    [Fact]
    public void RefusesAHugeCellAfterReadingOnlyItsFirstCharacters()
    {
        using var workbook = HandmadeWorkbook.Build(sheet =>
        {
            sheet.Write(HandmadeWorkbook.SheetStart + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>indicator_code</t></is></c></row><row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>");
            HandmadeWorkbook.Repeat(sheet, 'x', 64L * 1024 * 1024);
            sheet.Write("</t></is></c></row>" + HandmadeWorkbook.SheetEnd);
        });
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        var refusal = Refusal(workbook);

        Assert.Equal((ImportRefusalReason.CellTooLong, 3), (refusal.Reason, refusal.Row));
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - allocated, 0, 8 * 1024 * 1024);
    }

    [Fact]
    public void RefusesAHugeSharedText()
    {
        using var workbook = HandmadeWorkbook.Build(
            sheet => sheet.Write(HandmadeWorkbook.SheetStart + HandmadeWorkbook.SheetEnd),
            texts =>
            {
                texts.Write($"<sst xmlns=\"{HandmadeWorkbook.Main}\"><si><t>");
                HandmadeWorkbook.Repeat(texts, 'x', 16L * 1024 * 1024);
                texts.Write("</t></si></sst>");
            });

        Assert.Equal(ImportRefusalReason.TextTooLong, Refusal(workbook).Reason);
    }

    [Fact]
    public void RefusesMoreSharedTextsThanTheLimit()
    {
        using var workbook = HandmadeWorkbook.Build(
            sheet => sheet.Write(HandmadeWorkbook.SheetStart + HandmadeWorkbook.SheetEnd),
            texts =>
            {
                texts.Write($"<sst xmlns=\"{HandmadeWorkbook.Main}\">");
                for (var i = 0; i <= ImportLimits.MaxSharedStrings; i++)
                {
                    texts.Write("<si><t>a</t></si>");
                }

                texts.Write("</sst>");
            });

        Assert.Equal(ImportRefusalReason.TooManyTexts, Refusal(workbook).Reason);
    }

    [Fact]
    public void RefusesAWorkbookThatExpandsPastTheLimit()
    {
        using var workbook = HandmadeWorkbook.Build(sheet =>
        {
            sheet.Write(HandmadeWorkbook.SheetStart);
            HandmadeWorkbook.Repeat(sheet, ' ', ImportLimits.MaxWorkbookBytes);
            sheet.Write(HandmadeWorkbook.SheetEnd);
        });

        Assert.Equal(ImportRefusalReason.WorkbookTooLarge, Refusal(workbook).Reason);
    }

    [Fact]
    public void RefusesAValueBeyondTheLastColumnButNotAnEmptyFormattedCell()
    {
        using var empty = HandmadeWorkbook.WithRows("<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"GS1\" s=\"1\"/><c r=\"XFD1\"><v></v></c></row>");
        using var valued = HandmadeWorkbook.WithRows("<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"GS2\"><v>2</v></c></row>");

        Assert.Equal(["1"], Read(empty).Single().Cells);
        var refusal = Refusal(valued);
        Assert.Equal((ImportRefusalReason.TooManyColumns, 2), (refusal.Reason, refusal.Row));
    }

    [Fact]
    public void RefusesAHugeTagBeforeTheXmlReaderHoldsIt()
    {
        using var workbook = HandmadeWorkbook.Build(sheet =>
        {
            sheet.Write(HandmadeWorkbook.SheetStart + "<row r=\"1\"><c r=\"A1\" x=\"");
            HandmadeWorkbook.Repeat(sheet, '>', 8L * 1024 * 1024);
            sheet.Write("\"/></row>" + HandmadeWorkbook.SheetEnd);
        });

        Assert.Equal(ImportRefusalReason.XmlTagTooLong, Refusal(workbook).Reason);
    }

    [Fact]
    public void RefusesDeepNestingAndMadeUpNames()
    {
        using var deep = HandmadeWorkbook.WithRows(string.Concat(Enumerable.Repeat("<x>", 100)));
        using var names = HandmadeWorkbook.WithRows(string.Concat(Enumerable.Range(0, ImportLimits.MaxXmlNames + 1).Select(i => $"<n{i}/>")));

        Assert.Equal(ImportRefusalReason.XmlTooDeep, Refusal(deep).Reason);
        Assert.Equal(ImportRefusalReason.TooManyXmlNames, Refusal(names).Reason);
    }

    [Fact]
    public void RefusesADocumentTypeDeclarationBeforeAnyEntityIsExpanded()
    {
        using var workbook = HandmadeWorkbook.Build(sheet => sheet.Write(
            "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" +
            HandmadeWorkbook.SheetStart + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>" + HandmadeWorkbook.SheetEnd));

        Assert.Equal(ImportRefusalReason.XmlDocumentType, Refusal(workbook).Reason);
    }

    [Fact]
    public void RefusesAWorkbookWithoutSheetsAndAZipThatIsNoWorkbook()
    {
        using var noSheet = HandmadeWorkbook.Build(
            sheet => sheet.Write(HandmadeWorkbook.SheetStart + HandmadeWorkbook.SheetEnd),
            workbook: $"<workbook xmlns=\"{HandmadeWorkbook.Main}\"><sheets/></workbook>");
        using var archive = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(archive, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("notes.txt").Open());
            writer.Write("not a workbook");
        }

        archive.Position = 0;

        Assert.Equal(ImportRefusalReason.NoSheet, Refusal(noSheet).Reason);
        Assert.Equal(ImportRefusalReason.NotAWorkbook, Refusal(archive).Reason);
    }

    [Fact]
    public void RefusesPasswordProtectedWorkbooks()
    {
        // Excel keeps a workbook with a password in an OLE compound file; a ZIP entry can be encrypted too.
        using var compound = new MemoryStream([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]);
        using var workbook = HandmadeWorkbook.WithRows("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
        var bytes = workbook.ToArray();
        for (var i = 0; i < bytes.Length - 4; i++)
        {
            if (bytes.AsSpan(i, 4).SequenceEqual(new byte[] { 0x50, 0x4B, 0x01, 0x02 }))
            {
                bytes[i + 8] |= 1; // general purpose flag, bit 0: encrypted
            }
        }

        Assert.Equal(ImportFormat.Xlsx, ImportFileReader.Detect(compound));
        Assert.Equal(ImportRefusalReason.ProtectedWorkbook, Refusal(compound).Reason);
        using var encrypted = new MemoryStream(bytes);
        Assert.Equal(ImportRefusalReason.ProtectedWorkbook, Refusal(encrypted).Reason);
    }

    [Fact]
    public void RefusesAColumnNameLongerThanTheLimit()
    {
        using var workbook = HandmadeWorkbook.WithRows(
            $"<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>{new string('n', ImportLimits.MaxColumnNameChars + 1)}</t></is></c></row>");

        var refusal = Refusal(workbook);

        Assert.Equal((ImportRefusalReason.ColumnNameTooLong, 1), (refusal.Reason, refusal.Row));
    }

    [Fact]
    public void ReadsAWorkbookOfTheLargestSizeAllowedInFull()
    {
        using var workbook = new MemoryStream();
        workbook.SaveAs(Enumerable.Range(0, 200_000).Select(i => new Dictionary<string, object?>
        {
            ["indicator_code"] = "MSME_DENSITY", ["year"] = 1950 + i % 70, ["value"] = 10.5 + i,
            ["status"] = "final", ["source_note"] = "National statistics office",
        }));
        workbook.Position = 0;
        Assert.True(workbook.Length < ImportLimits.MaxFileBytes, $"{workbook.Length} bytes");

        var rows = Read(workbook);

        Assert.Equal(200_001, rows.Count);
        Assert.Equal(["MSME_DENSITY", "1959", "200009.5", "final", "National statistics office"], rows[^1].Cells);
    }
}
