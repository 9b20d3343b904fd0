namespace ComunidadPyme.Web.Features.Laws;

/// <summary>The legal library's address parameters as typed: text, so that no value can fail to bind.</summary>
public sealed class LawSearchInput
{
    public const int MaxQueryLength = 200;

    public string? Q { get; set; }
    public string? Country { get; set; }
    public string? Topic { get; set; }
    public string? Type { get; set; }
    public string? Status { get; set; }
    public string? Year { get; set; }
    public string? Page { get; set; }
}
