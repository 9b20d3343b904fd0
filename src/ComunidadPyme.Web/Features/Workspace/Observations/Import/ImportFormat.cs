namespace ComunidadPyme.Web.Features.Workspace.Observations.Import;

public enum ImportFormat
{
    Csv = 1,
    Xlsx = 2,
}
