namespace ComunidadPyme.Web.Features.Common;

/// <summary>
/// The conflict page: someone saved the record after the reader opened it. Shows both versions and lets the
/// reader keep theirs (reopen the form with the saved values) or overwrite with their own (re-post what
/// they typed, now against the current version).
/// </summary>
public sealed record ConflictViewModel(
    string RecordTitle,
    IReadOnlyList<FieldDifference> Fields,
    string FormAction,
    IReadOnlyList<KeyValuePair<string, string>> YourValues,
    string KeepTheirsUrl,
    string? SavedBy,
    DateTime? SavedAtUtc,
    bool FilesDropped);

/// <summary>One field of a record as saved by someone else ("theirs") and as the reader typed it ("yours").</summary>
public sealed record FieldDifference(string Label, string Theirs, string Yours)
{
    public bool Differs => !string.Equals(Theirs, Yours, StringComparison.Ordinal);
}
