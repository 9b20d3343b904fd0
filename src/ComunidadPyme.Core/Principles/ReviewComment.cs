namespace ComunidadPyme.Core.Principles;

/// <summary>A reviewer's (or the country's) comment on a progress report, kept with the report for good.</summary>
public class ReviewComment
{
    public int Id { get; set; }
    public int ProgressReportId { get; set; }
    public string Author { get; set; } = string.Empty;

    /// <summary>Written by an OAS reviewer (true) or by the country (false).</summary>
    public bool ByReviewer { get; set; }
    public DateTime WrittenAtUtc { get; set; }
    public string Text { get; set; } = string.Empty;

    /// <summary>The state the report moved to with this comment, if it moved.</summary>
    public WorkflowState? ResultingState { get; set; }
}
