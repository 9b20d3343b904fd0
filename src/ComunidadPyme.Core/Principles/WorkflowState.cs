namespace ComunidadPyme.Core.Principles;

public enum WorkflowState
{
    Draft = 1,
    Submitted = 2,
    Returned = 3,
    Accepted = 4,
}
