using ComunidadPyme.Core.Auditing;

namespace ComunidadPyme.Web.Features.Workspace.History;

/// <param name="CanRestore">The record exists, the entry is not its latest state, and the entry is not a deletion.</param>
public sealed record HistoryEntryView(
    long Id, DateTime AtUtc, string? UserName, AuditAction Action, IReadOnlyList<FieldChangeView> Changes, bool CanRestore);
