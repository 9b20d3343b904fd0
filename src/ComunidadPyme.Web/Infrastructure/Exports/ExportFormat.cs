namespace ComunidadPyme.Web.Infrastructure.Exports;

public enum ExportFormat
{
    Csv = 1,
    Xlsx = 2,
}
