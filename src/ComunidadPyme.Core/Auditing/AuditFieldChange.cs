namespace ComunidadPyme.Core.Auditing;

/// <summary>One field's value before and after a change, as invariant text (null when absent).</summary>
public class AuditFieldChange
{
    public string Field { get; set; } = string.Empty;
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
}
