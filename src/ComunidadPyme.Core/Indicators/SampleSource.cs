namespace ComunidadPyme.Core.Indicators;

/// <summary>
/// The source note every sample observation carries. It is stored in English, like any source note, and pages
/// show it in the visitor's language because it is the portal's own wording, not a country's.
/// </summary>
public static class SampleSource
{
    public const string Note = "Sample data generated for demonstration — not an official statistic";

    public static bool IsSampleNote(string? sourceNote) => string.Equals(sourceNote?.Trim(), Note, StringComparison.Ordinal);
}
