using System.IO.Compression;

namespace ComunidadPyme.Web.Features.Workspace.Observations.Import;

/// <summary>
/// Reads the first sheet of an XLSX workbook (a ZIP archive of XML parts) row by row. The parts are found
/// through the package's relationships, as spreadsheet programs find them, and read with
/// <see cref="XlsxPartReader"/> within one byte budget for the whole workbook, so a workbook built to expand
/// is refused at the first limit it passes rather than after it has filled memory.
/// </summary>
public static class ImportXlsxReader
{
    private const string RootRelationships = "_rels/.rels";
    private const string DefaultWorkbook = "xl/workbook.xml";

    /// <summary>What Excel saves when a workbook has a password (or in the old .xls format): an OLE compound file.</summary>
    private static readonly byte[] s_compoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static bool IsCompoundFile(ReadOnlySpan<byte> start) => start.StartsWith(s_compoundFile);

    public static IEnumerable<ImportRawRow> Rows(Stream content)
    {
        Span<byte> start = stackalloc byte[s_compoundFile.Length];
        var position = content.Position;
        var read = content.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        content.Position = position;
        if (IsCompoundFile(start[..read]))
        {
            throw new ImportRefusedException(ImportRefusalReason.ProtectedWorkbook);
        }

        return SheetRows(content);
    }

    private static IEnumerable<ImportRawRow> SheetRows(Stream content)
    {
        using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
        var budget = new XlsxByteBudget(ImportLimits.MaxWorkbookBytes);
        var workbookPath = Target(zip, RootRelationships, string.Empty, budget, type: "/officeDocument") ?? DefaultWorkbook;
        var workbook = zip.GetEntry(workbookPath) ?? throw new ImportRefusedException(ImportRefusalReason.NotAWorkbook);
        var sheetId = FirstSheetId(workbook, budget) ?? throw new ImportRefusedException(ImportRefusalReason.NoSheet);

        var relationships = RelationshipsOf(workbookPath);
        var sheet = Entry(zip, Target(zip, relationships, workbookPath, budget, id: sheetId))
                    ?? throw new ImportRefusedException(ImportRefusalReason.NoSheet);
        var texts = Entry(zip, Target(zip, relationships, workbookPath, budget, type: "/sharedStrings")) is { } textsPart
            ? Read(textsPart, budget, XlsxSharedStrings.Read)
            : [];
        var styles = Entry(zip, Target(zip, relationships, workbookPath, budget, type: "/styles")) is { } stylesPart
            ? Read(stylesPart, budget, XlsxDateStyles.Read)
            : XlsxDateStyles.None;

        using var part = new XlsxPartReader(sheet, budget);
        foreach (var row in XlsxSheetReader.Rows(part, texts, styles))
        {
            yield return row;
        }
    }

    private static T Read<T>(ZipArchiveEntry entry, XlsxByteBudget budget, Func<XlsxPartReader, T> read)
    {
        using var part = new XlsxPartReader(entry, budget);
        return read(part);
    }

    private static ZipArchiveEntry? Entry(ZipArchive zip, string? path) => path is null ? null : zip.GetEntry(path);

    /// <summary>The relationship id (r:id) of the first sheet listed in the workbook.</summary>
    private static string? FirstSheetId(ZipArchiveEntry workbook, XlsxByteBudget budget)
    {
        using var part = new XlsxPartReader(workbook, budget);
        while (part.Read())
        {
            if (part.IsElement("sheet"))
            {
                return part.NamespacedAttribute("id");
            }
        }

        return null;
    }

    /// <summary>
    /// The part a relationship of <paramref name="source"/> points to, chosen by its id or by the end of its
    /// type; only that one is kept, however many relationships the file lists.
    /// </summary>
    private static string? Target(
        ZipArchive zip, string relationshipsPath, string source, XlsxByteBudget budget, string? id = null, string? type = null)
    {
        if (zip.GetEntry(relationshipsPath) is not { } entry)
        {
            return null;
        }

        using var part = new XlsxPartReader(entry, budget);
        while (part.Read())
        {
            if (part.IsElement("Relationship")
                && (id is null || part.Attribute("Id") == id)
                && (type is null || part.Attribute("Type")?.EndsWith(type, StringComparison.Ordinal) == true)
                && part.Attribute("Target") is { } target)
            {
                return Resolve(source, target);
            }
        }

        return null;
    }

    /// <summary>"xl/workbook.xml" has its relationships in "xl/_rels/workbook.xml.rels".</summary>
    private static string RelationshipsOf(string partPath)
    {
        var slash = partPath.LastIndexOf('/');
        return $"{partPath[..(slash + 1)]}_rels/{partPath[(slash + 1)..]}.rels";
    }

    /// <summary>A relationship target is relative to the folder of its source part, or absolute from the package root.</summary>
    private static string Resolve(string source, string target)
    {
        var path = target.StartsWith('/') ? target : source[..(source.LastIndexOf('/') + 1)] + target;
        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment is not ("" or "."))
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }
}
