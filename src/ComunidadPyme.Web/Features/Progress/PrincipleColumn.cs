using ComunidadPyme.Core.Principles;

namespace ComunidadPyme.Web.Features.Progress;

/// <summary>A column of the progress matrix: one principle or area of emphasis.</summary>
public sealed record PrincipleColumn(PrincipleKind Kind, int Number, string ShortTitle)
{
    /// <summary>The segment of the detail address: "8" for principle 8, "areas/2" for area of emphasis 2.</summary>
    public string PathSegment => Kind == PrincipleKind.Principle ? $"{Number}" : $"areas/{Number}";

    /// <summary>The action of <see cref="ProgressController"/> that shows the column's detail page.</summary>
    public string DetailAction =>
        Kind == PrincipleKind.Principle ? nameof(ProgressController.Principle) : nameof(ProgressController.AreaOfEmphasis);
}
