using System.IO.Compression;
using System.Text;

namespace ComunidadPyme.UnitTests.Web.Features.Workspace.Observations.Import;

/// <summary>
/// Builds XLSX packages part by part, so tests can make the odd or hostile workbooks no spreadsheet program
/// writes. Parts are written as streams, so a part of hundreds of megabytes costs no memory to build.
/// </summary>
public static class HandmadeWorkbook
{
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string SheetStart = $"<worksheet xmlns=\"{Main}\"><sheetData>";
    public const string SheetEnd = "</sheetData></worksheet>";

    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static MemoryStream WithRows(params string[] rows) => Build(sheet => sheet.Write(SheetStart + string.Concat(rows) + SheetEnd));

    public static MemoryStream Build(
        Action<TextWriter> sheet,
        Action<TextWriter>? sharedStrings = null,
        string workbook = $"<workbook xmlns=\"{Main}\" xmlns:r=\"{Relationships}\"><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")
    {
        var package = new MemoryStream();
        using (var zip = new ZipArchive(package, ZipArchiveMode.Create, leaveOpen: true))
        {
            Part(zip, "[Content_Types].xml", w => w.Write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"));
            Part(zip, "_rels/.rels", w => w.Write(
                $"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{Relationships}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
            Part(zip, "xl/workbook.xml", w => w.Write(workbook));
            Part(zip, "xl/_rels/workbook.xml.rels", w => w.Write(
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                $"<Relationship Id=\"rId1\" Type=\"{Relationships}/worksheet\" Target=\"worksheets/sheet1.xml\"/>" +
                $"<Relationship Id=\"rId2\" Type=\"{Relationships}/sharedStrings\" Target=\"/xl/sharedStrings.xml\"/>" +
                "</Relationships>"));
            Part(zip, "xl/worksheets/sheet1.xml", sheet);
            if (sharedStrings is not null)
            {
                Part(zip, "xl/sharedStrings.xml", sharedStrings);
            }
        }

        package.Position = 0;
        return package;
    }

    /// <summary>Writes <paramref name="count"/> times the same text, as a compressor turns it into almost nothing.</summary>
    public static void Repeat(TextWriter writer, char c, long count)
    {
        var block = new string(c, 64 * 1024);
        for (var left = count; left > 0; left -= block.Length)
        {
            writer.Write(left >= block.Length ? block : block[..(int)left]);
        }
    }

    private static void Part(ZipArchive zip, string name, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
        write(writer);
    }
}
