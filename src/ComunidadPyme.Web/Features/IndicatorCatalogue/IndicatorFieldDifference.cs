namespace ComunidadPyme.Web.Features.IndicatorCatalogue;

/// <summary>A field that differs between the saved version (theirs) and the one being saved (yours).</summary>
public sealed record IndicatorFieldDifference(string Label, string? Language, string? Theirs, string? Yours)
{
    public static IReadOnlyList<IndicatorFieldDifference> Between(IndicatorForm theirs, IndicatorForm yours) =>
        theirs.Fields().Zip(yours.Fields())
            .Where(pair => !string.Equals(pair.First.Value?.Trim() ?? string.Empty, pair.Second.Value?.Trim() ?? string.Empty, StringComparison.Ordinal))
            .Select(pair => new IndicatorFieldDifference(pair.First.Label, pair.First.Language, pair.First.Value, pair.Second.Value))
            .ToList();
}
