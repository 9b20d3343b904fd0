using ComunidadPyme.Core.Common;

namespace ComunidadPyme.Core.Principles;

/// <summary>A round of progress reporting, ending with the Dialogue at which the reports are presented.</summary>
public class ReportingCycle : IAudited, IVersioned
{
    public int Id { get; set; }
    public LocalizedText Name { get; set; } = new();
    public DateOnly OpensOn { get; set; }
    public DateOnly SubmissionDeadline { get; set; }
    public ReportingCycleStatus Status { get; set; } = ReportingCycleStatus.Planned;

    public Guid Version { get; set; } = Guid.NewGuid();

    public bool AcceptsSubmissions => Status == ReportingCycleStatus.Open;
}
