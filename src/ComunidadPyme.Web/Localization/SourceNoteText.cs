using ComunidadPyme.Core.Indicators;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Localization;

/// <summary>
/// A figure's source note as a page shows it: the country's own words as written, and the portal's sample
/// note in the visitor's language.
/// </summary>
public static class SourceNoteText
{
    public static string For(string? sourceNote, IStringLocalizer<SharedResource> shared) =>
        SampleSource.IsSampleNote(sourceNote) ? shared[SampleSource.Note] : sourceNote ?? string.Empty;
}
