namespace ComunidadPyme.Web.Features.Workspace.History;

public enum RestoreOutcome
{
    Restored = 1,
    NothingToRestore = 2,
    NotFound = 3,
    Conflict = 4,
    Locked = 5,
}
