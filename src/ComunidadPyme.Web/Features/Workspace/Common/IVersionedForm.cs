namespace ComunidadPyme.Web.Features.Workspace.Common;

/// <summary>An edit form that carries, in a hidden field, the version of the record it was loaded from.</summary>
public interface IVersionedForm
{
    Guid Version { get; set; }
}
