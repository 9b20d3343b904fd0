namespace ComunidadPyme.Web.Features.Compare;

/// <summary>How the comparison is drawn; the table is always shown as well.</summary>
public enum CompareView
{
    Table = 1,
    Line = 2,
    Bar = 3,
    Map = 4,
}
