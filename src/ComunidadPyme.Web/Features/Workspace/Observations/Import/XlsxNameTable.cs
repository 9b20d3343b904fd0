using System.Xml;

namespace ComunidadPyme.Web.Features.Workspace.Observations.Import;

/// <summary>The XML reader keeps every distinct name it meets; a part made of millions of made-up names is refused instead.</summary>
public sealed class XlsxNameTable : NameTable
{
    private int _count;

    public override string Add(string key) => Get(key) ?? Counted(base.Add(key));

    public override string Add(char[] key, int start, int len) => Get(key, start, len) ?? Counted(base.Add(key, start, len));

    private string Counted(string name) =>
        ++_count > ImportLimits.MaxXmlNames ? throw new ImportRefusedException(ImportRefusalReason.TooManyXmlNames) : name;
}
