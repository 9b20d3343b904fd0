namespace ComunidadPyme.Web.Features.Progress;

/// <summary>The public progress view: the accepted reports of one cycle, countries by principles.</summary>
public sealed record ProgressMatrix(
    CycleChoice? Cycle,
    IReadOnlyList<CycleChoice> Cycles,
    IReadOnlyList<PrincipleColumn> Columns,
    IReadOnlyList<ProgressMatrixRow> Rows)
{
    public bool HasSampleData => Rows.Any(r => r.HasSampleData);
}
