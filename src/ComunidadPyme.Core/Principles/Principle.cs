using ComunidadPyme.Core.Common;

namespace ComunidadPyme.Core.Principles;

/// <summary>One of the principles (or areas of emphasis) agreed at the III Inter-American Dialogue, Brasilia 2013.</summary>
public class Principle : IAudited, IVersioned
{
    public int Id { get; set; }
    public PrincipleKind Kind { get; set; }

    /// <summary>Position within its kind: 1 to 16 for principles, 1 to 5 for areas of emphasis.</summary>
    public int Number { get; set; }
    public LocalizedText ShortTitle { get; set; } = new();
    public LocalizedText Text { get; set; } = new();

    /// <summary>Tagged for the Dialogue's emphasis on women entrepreneurs, so pages can be limited to it.</summary>
    public bool ConcernsWomenEntrepreneurs { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public const int PrincipleCount = 16;
    public const int AreaOfEmphasisCount = 5;
}
