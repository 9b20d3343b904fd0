namespace ComunidadPyme.Web.Features.Common;

/// <summary>An edit form that carries, in a hidden field, the version of the record it was loaded from.</summary>
public interface IVersionedForm
{
    Guid Version { get; set; }
}

/// <summary>
/// The resource key of a form field's label, used where a field is named outside its form (the conflict page),
/// looked up in the editor's <see cref="IRecordEditor{TScope, TKey, TForm}.Labels"/>. Not [Display]:
/// data-annotation names are looked up in the shared resources, these in the feature's own.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class FieldLabelAttribute(string key) : Attribute
{
    public string Key { get; } = key;
}
