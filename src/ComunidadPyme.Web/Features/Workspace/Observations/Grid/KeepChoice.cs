namespace ComunidadPyme.Web.Features.Workspace.Observations.Grid;

/// <summary>The two answers to a conflict on a cell.</summary>
public static class KeepChoice
{
    public const string Mine = "mine";
    public const string Theirs = "theirs";
}
