namespace ComunidadPyme.Web.Features.Api.Common;

public static class ApiDates
{
    /// <summary>Stamps come back from SQLite without a kind; they are UTC, and say so when serialised.</summary>
    public static DateTime AsUtc(DateTime stamp) => DateTime.SpecifyKind(stamp, DateTimeKind.Utc);
}
