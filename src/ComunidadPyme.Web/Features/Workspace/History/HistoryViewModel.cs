namespace ComunidadPyme.Web.Features.Workspace.History;

/// <param name="Entries">Newest first.</param>
/// <param name="CurrentVersion">The live record's version, posted back by a restore; null once deleted.</param>
public sealed record HistoryViewModel(
    HistoryScope Scope, string RecordTitle, string? BackUrl, Guid? CurrentVersion, IReadOnlyList<HistoryEntryView> Entries);
