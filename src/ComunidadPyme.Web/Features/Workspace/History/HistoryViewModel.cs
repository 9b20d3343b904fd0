using ComunidadPyme.Core.Auditing;

namespace ComunidadPyme.Web.Features.Workspace.History;

/// <param name="RecordTitle">The record's name in the reader's language (its last known one, once deleted).</param>
/// <param name="TypeLabel">What kind of record it is, in the reader's language ("Focal point").</param>
/// <param name="Entries">Newest first.</param>
/// <param name="CurrentVersion">The live record's version, posted back by a restore; null once deleted.</param>
public sealed record HistoryViewModel(
    HistoryScope Scope, string RecordTitle, string TypeLabel, string? BackUrl, Guid? CurrentVersion, IReadOnlyList<HistoryEntryView> Entries);

/// <param name="CanRestore">The record exists, the entry is not its latest state, and the entry is not a deletion.</param>
public sealed record HistoryEntryView(
    long Id, DateTime AtUtc, string? UserName, AuditAction Action, IReadOnlyList<FieldChangeView> Changes, bool CanRestore);

/// <param name="Label">The field as its form names it, in the reader's language.</param>
/// <param name="Before">The value as people read it (a name, a date, an enum's text), null when there was none.</param>
public sealed record FieldChangeView(string Field, string Label, string? Before, string? After, ChangeKind Kind)
{
    /// <summary>A value too long or with several lines to quote inside a sentence, shown in a block under it.</summary>
    public const int LongValue = 160;

    public bool IsLong => IsLongText(Before) || IsLongText(After);

    private static bool IsLongText(string? value) => value is { Length: > LongValue } || value?.Contains('\n', StringComparison.Ordinal) == true;
}

/// <summary>What happened to a field: given a value, a new one, emptied, or (in a deletion) what it was.</summary>
public enum ChangeKind
{
    Changed = 1,
    Set = 2,
    Cleared = 3,
    Was = 4,
}
