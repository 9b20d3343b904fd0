namespace ComunidadPyme.Core.Principles;

/// <summary>A progress-report transition that the workflow does not allow from the report's current state.</summary>
public sealed class WorkflowException(WorkflowState from, string action)
    : InvalidOperationException($"A report in state {from} cannot be {action}.")
{
    public WorkflowState From { get; } = from;
    public string Action { get; } = action;
}
