namespace ComunidadPyme.Web.Features.Workspace.Observations.Grid;

/// <summary>Which part of the grid to show: <c>?from=2015&amp;to=2024&amp;theme=Employment</c>, all optional.</summary>
public sealed class ObservationGridQuery
{
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Theme { get; set; }
}
