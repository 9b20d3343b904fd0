namespace ComunidadPyme.Web.Features.Compare;

/// <summary>Countries × years, as the page shows it and the downloads write it.</summary>
public sealed record CompareTable(IReadOnlyList<int> Years, IReadOnlyList<CompareRow> Rows)
{
    public bool HasFigures => Rows.Any(r => r.Cells.Any(c => c is not null));

    public bool HasSampleFigures => Rows.Any(r => r.IsSample);
}
