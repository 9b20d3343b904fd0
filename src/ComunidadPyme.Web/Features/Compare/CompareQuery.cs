namespace ComunidadPyme.Web.Features.Compare;

/// <summary>
/// The comparison as written in the address, kept as text so that nothing a visitor types fails model
/// binding: <see cref="CompareRequestValidator"/> says what is wrong, <see cref="CompareSelection"/> what is shown.
/// </summary>
public sealed class CompareQuery
{
    public string? Indicator { get; set; }

    /// <summary>ISO 3166-1 alpha-2 codes, comma-separated ("BR,MX") or repeated (a form's check boxes).</summary>
    public string[]? Countries { get; set; }

    /// <summary>A <see cref="Core.Countries.SubRegion"/> by name, whose countries join the comparison.</summary>
    public string? Region { get; set; }

    public string? From { get; set; }
    public string? To { get; set; }
    public string? View { get; set; }
}
