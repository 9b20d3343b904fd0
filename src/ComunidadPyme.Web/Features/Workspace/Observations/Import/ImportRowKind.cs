namespace ComunidadPyme.Web.Features.Workspace.Observations.Import;

public enum ImportRowKind
{
    Add = 1,
    Change = 2,
    Unchanged = 3,
}
