namespace ComunidadPyme.Web.Features.Workspace.Observations.Import;

/// <summary>How many uncompressed bytes the parts of one workbook may still yield before it is refused.</summary>
public sealed class XlsxByteBudget(long bytes)
{
    public long Remaining { get; private set; } = bytes;

    public void Spend(int count)
    {
        Remaining -= count;
        if (Remaining < 0)
        {
            throw new ImportRefusedException(ImportRefusalReason.WorkbookTooLarge);
        }
    }
}
