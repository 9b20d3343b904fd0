namespace ComunidadPyme.Web.Features.Workspace.Common;

/// <summary>
/// The resource key of a form field's label, used where a field is named outside its form (the conflict
/// page). Not [Display]: data-annotation names are looked up in the shared resources, these in the workspace's.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class FieldLabelAttribute(string key) : Attribute
{
    public string Key { get; } = key;
}
