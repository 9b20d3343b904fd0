using ComunidadPyme.Core.Auditing;

namespace ComunidadPyme.Web.Features.Workspace.History;

/// <param name="Entries">Newest first.</param>
/// <param name="CurrentVersion">The live record's version, posted back by a restore; null once deleted.</param>
public sealed record HistoryViewModel(
    HistoryScope Scope, string RecordTitle, string? BackUrl, Guid? CurrentVersion, IReadOnlyList<HistoryEntryView> Entries);

/// <param name="CanRestore">The record exists, the entry is not its latest state, and the entry is not a deletion.</param>
public sealed record HistoryEntryView(
    long Id, DateTime AtUtc, string? UserName, AuditAction Action, IReadOnlyList<FieldChangeView> Changes, bool CanRestore);

public sealed record FieldChangeView(string Field, string Label, string? Before, string? After);
