namespace ComunidadPyme.Web.Features.Workspace.Observations.Grid;

public enum CellChangeKind
{
    Create = 1,
    Update = 2,
    Delete = 3,
}
