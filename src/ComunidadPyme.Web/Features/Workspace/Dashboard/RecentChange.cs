using ComunidadPyme.Core.Auditing;

namespace ComunidadPyme.Web.Features.Workspace.Dashboard;

public sealed record RecentChange(
    DateTime AtUtc, string? UserName, AuditAction Action, string EntityType, int EntityId, IReadOnlyList<string> Fields);
