namespace ComunidadPyme.Core.Auditing;

/// <summary>An append-only record of one create, update, delete or restore. Never edited, never deleted.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public string? UserId { get; set; }
    public string? UserName { get; set; }
    public string? IpAddress { get; set; }
    public AuditAction Action { get; set; }
    public string EntityType { get; set; } = string.Empty;
    public string EntityKey { get; set; } = string.Empty;
    public int? CountryId { get; set; }
    public List<AuditFieldChange> Changes { get; set; } = [];
}

/// <summary>One field's value before and after a change, as invariant text (null when absent).</summary>
public class AuditFieldChange
{
    public string Field { get; set; } = string.Empty;
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
}
