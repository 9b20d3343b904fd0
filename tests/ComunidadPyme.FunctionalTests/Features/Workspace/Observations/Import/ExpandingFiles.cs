using System.IO.Compression;
using System.Text;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.Observations.Import;

/// <summary>
/// Small uploads that expand when read, built as an attacker would: XLSX parts compressed from repeated
/// text (a few hundred kilobytes that hold hundreds of megabytes), and CSV files of nothing but separators.
/// </summary>
public static class ExpandingFiles
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string Header =
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>indicator_code</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>year</t></is></c>" +
        "<c r=\"C1\" t=\"inlineStr\"><is><t>value</t></is></c><c r=\"D1\" t=\"inlineStr\"><is><t>status</t></is></c>" +
        "<c r=\"E1\" t=\"inlineStr\"><is><t>source_note</t></is></c></row>";

    /// <summary>A sheet whose row 3 holds one cell of <paramref name="characters"/> letters.</summary>
    public static byte[] WorkbookWithHugeCell(long characters) => Workbook(sheet =>
    {
        sheet.Write($"<worksheet xmlns=\"{Main}\"><sheetData>{Header}<row r=\"3\"><c r=\"E3\" t=\"inlineStr\"><is><t>");
        Repeat(sheet, "a", characters);
        sheet.Write("</t></is></c></row></sheetData></worksheet>");
    });

    /// <summary>A table of <paramref name="count"/> distinct-looking texts of <paramref name="length"/> letters each, which spreadsheet programs read whole.</summary>
    public static byte[] WorkbookWithSharedTexts(int count, int length) => Workbook(
        sheet => sheet.Write($"<worksheet xmlns=\"{Main}\"><sheetData>{Header}<row r=\"2\"><c r=\"E2\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>"),
        texts =>
        {
            texts.Write($"<sst xmlns=\"{Main}\">");
            Repeat(texts, $"<si><t>{new string('a', length)}</t></si>", count);
            texts.Write("</sst>");
        });

    /// <summary>A sheet that declares an external entity (XXE) and uses it in a cell.</summary>
    public static byte[] WorkbookWithDocumentType() => Workbook(sheet => sheet.Write(
        "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>" +
        $"<worksheet xmlns=\"{Main}\"><sheetData>{Header}<row r=\"2\"><c r=\"E2\" t=\"inlineStr\"><is><t>&secret;</t></is></c></row></sheetData></worksheet>"));

    public static byte[] WorkbookWithoutSheets() => Workbook(
        sheet => sheet.Write($"<worksheet xmlns=\"{Main}\"><sheetData/></worksheet>"),
        workbook: $"<workbook xmlns=\"{Main}\"><sheets/></workbook>");

    public static byte[] CsvOfCommas(int commas)
    {
        var content = new byte[commas + 1];
        Array.Fill(content, (byte)',');
        content[^1] = (byte)'\n';
        return content;
    }

    private static byte[] Workbook(
        Action<TextWriter> sheet,
        Action<TextWriter>? sharedTexts = null,
        string workbook = $"<workbook xmlns=\"{Main}\" xmlns:r=\"{Relationships}\"><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")
    {
        using var package = new MemoryStream();
        using (var zip = new ZipArchive(package, ZipArchiveMode.Create, leaveOpen: true))
        {
            Part(zip, "_rels/.rels", w => w.Write(
                $"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{Relationships}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
            Part(zip, "xl/workbook.xml", w => w.Write(workbook));
            Part(zip, "xl/_rels/workbook.xml.rels", w => w.Write(
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                $"<Relationship Id=\"rId1\" Type=\"{Relationships}/worksheet\" Target=\"worksheets/sheet1.xml\"/>" +
                $"<Relationship Id=\"rId2\" Type=\"{Relationships}/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"));
            Part(zip, "xl/worksheets/sheet1.xml", sheet);
            if (sharedTexts is not null)
            {
                Part(zip, "xl/sharedStrings.xml", sharedTexts);
            }
        }

        return package.ToArray();
    }

    private static void Repeat(TextWriter writer, string text, long times)
    {
        var block = string.Concat(Enumerable.Repeat(text, Math.Max(1, 64 * 1024 / text.Length)));
        var perBlock = block.Length / text.Length;
        for (var left = times; left > 0; left -= perBlock)
        {
            writer.Write(left >= perBlock ? block : block[..(int)(left * text.Length)]);
        }
    }

    private static void Part(ZipArchive zip, string name, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
        write(writer);
    }
}
