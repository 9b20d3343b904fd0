using System.IO.Compression;
using System.Text;
using System.Xml;

namespace ComunidadPyme.Web.Features.Workspace.Observations.Import;

/// <summary>
/// Reads one XML part of a workbook node by node with every limit enforced as it goes: bytes through
/// <see cref="XlsxPartStream"/>, names through <see cref="XlsxNameTable"/>, depth here, and text in chunks,
/// so no node, however long, is ever held whole.
/// </summary>
public sealed class XlsxPartReader : IDisposable
{
    private static readonly XmlReaderSettings s_settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = true,
    };

    private readonly XmlReader _xml;
    private readonly char[] _chunk = new char[4096];

    public XlsxPartReader(ZipArchiveEntry entry, XlsxByteBudget budget)
    {
        if (entry.IsEncrypted)
        {
            throw new ImportRefusedException(ImportRefusalReason.ProtectedWorkbook);
        }

        var settings = s_settings.Clone();
        settings.NameTable = new XlsxNameTable();
        _xml = XmlReader.Create(new XlsxPartStream(entry.Open(), budget), settings);
    }

    public XmlNodeType NodeType => _xml.NodeType;

    public string LocalName => _xml.LocalName;

    public bool IsEmptyElement => _xml.IsEmptyElement;

    public bool IsText => _xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace;

    public bool IsElement(string localName) => _xml.NodeType == XmlNodeType.Element && _xml.LocalName == localName;

    public bool IsEndElement(string localName) => _xml.NodeType == XmlNodeType.EndElement && _xml.LocalName == localName;

    public bool Read()
    {
        if (!_xml.Read())
        {
            return false;
        }

        return _xml.Depth <= ImportLimits.MaxXmlDepth ? true : throw new ImportRefusedException(ImportRefusalReason.XmlTooDeep);
    }

    public string? Attribute(string localName) => _xml.GetAttribute(localName);

    /// <summary>An attribute in any namespace, such as the relationship id r:id of a sheet.</summary>
    public string? NamespacedAttribute(string localName)
    {
        for (var more = _xml.MoveToFirstAttribute(); more; more = _xml.MoveToNextAttribute())
        {
            if (_xml.LocalName == localName && _xml.NamespaceURI.Length > 0)
            {
                var value = _xml.Value;
                _xml.MoveToElement();
                return value;
            }
        }

        _xml.MoveToElement();
        return null;
    }

    /// <summary>
    /// Reads the text node the reader is on, adding it to <paramref name="into"/> (or only measuring it), and
    /// throws <paramref name="tooLong"/> as soon as <paramref name="into"/> plus the node pass <paramref name="limit"/> characters.
    /// </summary>
    public void ReadText(StringBuilder? into, int limit, Func<ImportRefusedException> tooLong)
    {
        long length = into?.Length ?? 0;
        int read;
        while ((read = _xml.ReadValueChunk(_chunk, 0, _chunk.Length)) > 0)
        {
            length += read;
            if (length > limit)
            {
                throw tooLong();
            }

            into?.Append(_chunk, 0, read);
        }
    }

    public void Dispose() => _xml.Dispose();
}

/// <summary>The XML reader keeps every distinct name it meets; a part made of millions of made-up names is refused instead.</summary>
public sealed class XlsxNameTable : NameTable
{
    private int _count;

    public override string Add(string key) => Get(key) ?? Counted(base.Add(key));

    public override string Add(char[] key, int start, int len) => Get(key, start, len) ?? Counted(base.Add(key, start, len));

    private string Counted(string name) =>
        ++_count > ImportLimits.MaxXmlNames ? throw new ImportRefusedException(ImportRefusalReason.TooManyXmlNames) : name;
}
