namespace ComunidadPyme.Web.Features.Observations.Import;

public enum ImportFormat
{
    Csv = 1,
    Xlsx = 2,
}
