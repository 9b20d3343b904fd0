namespace ComunidadPyme.Core.Auditing;

public enum AuditAction
{
    Created = 1,
    Updated = 2,
    Deleted = 3,
    Restored = 4,
}
