namespace ComunidadPyme.Core.Legal;

/// <summary>"<see cref="Source"/> amends / repeals / regulates <see cref="Target"/>".</summary>
public class LegalRelation
{
    public int Id { get; set; }
    public int SourceId { get; set; }
    public int TargetId { get; set; }
    public LegalRelationKind Kind { get; set; }

    public LegalInstrument? Source { get; set; }
    public LegalInstrument? Target { get; set; }
}
