using System.Globalization;
using ComunidadPyme.Core.Definitions;

namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>
/// What a visitor typed in the calculator, kept as text so that a bad value can be shown back as typed
/// next to its message; <see cref="MsmeCheckInputValidator"/> decides whether it can be used.
/// </summary>
public sealed class MsmeCheckInput
{
    public string? Employees { get; set; }
    public string? Turnover { get; set; }
    public string? Assets { get; set; }
    public string? Sector { get; set; }

    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(Employees) && string.IsNullOrWhiteSpace(Turnover)
        && string.IsNullOrWhiteSpace(Assets) && string.IsNullOrWhiteSpace(Sector);

    /// <summary>The facts to classify with; call only once the input has passed validation.</summary>
    public EnterpriseFacts ToFacts(CultureInfo culture) => new(
        NumberInput.TryParseWholeNumber(Employees, culture, out var employees) ? (int)employees : null,
        NumberInput.TryParseAmount(Turnover, culture, out var turnover) ? turnover : null,
        NumberInput.TryParseAmount(Assets, culture, out var assets) ? assets : null,
        KnownValue.TryParse<EconomicSector>(Sector, out var sector) ? sector : null);
}
