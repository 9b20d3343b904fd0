namespace ComunidadPyme.Web.Features.Workspace.Observations.Import;

/// <summary>
/// The uncompressed bytes of one workbook part, as its XML reader pulls them. Each byte read is spent from
/// the budget of the whole workbook (the sizes a ZIP archive declares are never trusted), and the markup is
/// followed just enough to refuse an XML tag longer than <see cref="ImportLimits.MaxXmlTagBytes"/>, which the
/// XML reader would otherwise hold whole in memory, and a document type declaration (DTD) before it is parsed.
/// </summary>
public sealed class XlsxPartStream(Stream inner, XlsxByteBudget budget) : Stream
{
    private const ulong Comment = 0x212D2D;                // "!--" after "<"
    private const ulong CData = 0x215B43444154415B;       // "![CDATA[" after "<"
    private const ulong DocumentType = 0x21444F4354595045; // "!DOCTYPE" after "<"
    private const ulong CommentEnd = 0x2D2D3E;            // "-->"
    private const ulong CDataEnd = 0x5D5D3E;              // "]]>"

    private enum Markup { Text, TagStart, Declaration, Tag, Quoted, Comment, CData }

    private Markup _state;
    private byte _quote;
    private int _length;
    private ulong _recent;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        budget.Spend(read);
        Follow(buffer[..read]);
        return read;
    }

    /// <summary>Follows the markup through a block of bytes: text is skipped at vector speed, tags byte by byte.</summary>
    private void Follow(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            var start = i;
            switch (_state)
            {
                case Markup.Text:
                    var open = bytes[i..].IndexOf((byte)'<');
                    if (open < 0)
                    {
                        return;
                    }

                    i += open + 1;
                    (_state, _length, _recent) = (Markup.TagStart, 1, 0);
                    continue;
                case Markup.TagStart:
                    // "<!" starts a comment, a CDATA section or a declaration; anything else is an element or an instruction.
                    _state = bytes[i] == '!' ? Markup.Declaration : Markup.Tag;
                    continue;
                case Markup.Tag:
                    while (i < bytes.Length && bytes[i] is not ((byte)'>' or (byte)'"' or (byte)'\''))
                    {
                        i++;
                    }

                    if (i < bytes.Length)
                    {
                        _quote = bytes[i++];
                        _state = _quote == '>' ? Markup.Text : Markup.Quoted;
                    }

                    break;
                case Markup.Quoted:
                    var close = bytes[i..].IndexOf(_quote);
                    i = close < 0 ? bytes.Length : i + close + 1;
                    _state = close < 0 ? Markup.Quoted : Markup.Tag;
                    break;
                default:
                    _recent = (_recent << 8) | bytes[i++];
                    _state = Declared(_length + 1, _recent);
                    break;
            }

            _length += i - start;
            if (_length > ImportLimits.MaxXmlTagBytes)
            {
                throw new ImportRefusedException(ImportRefusalReason.XmlTagTooLong);
            }
        }
    }

    /// <summary>Where a "&lt;!" construct stands after its <paramref name="length"/>th byte, the last eight being <paramref name="recent"/>.</summary>
    private Markup Declared(int length, ulong recent) => _state switch
    {
        Markup.Declaration when length == 4 && (recent & 0xFFFFFF) == Comment => Markup.Comment,
        Markup.Declaration when length == 9 && recent == CData => Markup.CData,
        Markup.Declaration when length == 9 && recent == DocumentType => throw new ImportRefusedException(ImportRefusalReason.XmlDocumentType),
        Markup.Declaration when (byte)recent == '>' => Markup.Text,
        Markup.Declaration when length >= 9 => Markup.Tag,
        Markup.Comment when (recent & 0xFFFFFF) == CommentEnd => Markup.Text,
        Markup.CData when (recent & 0xFFFFFF) == CDataEnd => Markup.Text,
        var same => same,
    };

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}

/// <summary>How many uncompressed bytes the parts of one workbook may still yield before it is refused.</summary>
public sealed class XlsxByteBudget(long bytes)
{
    public long Remaining { get; private set; } = bytes;

    public void Spend(int count)
    {
        Remaining -= count;
        if (Remaining < 0)
        {
            throw new ImportRefusedException(ImportRefusalReason.WorkbookTooLarge);
        }
    }
}
