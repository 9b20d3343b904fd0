using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Legal;

namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>A country's legal instruments and the filter the visitor applied to them.</summary>
public sealed record LegalFramework(IReadOnlyList<LegalInstrumentItem> All, LegalFilter Filter)
{
    public IReadOnlyList<LegalInstrumentItem> Shown { get; } = All.Where(Filter.Matches).ToList();
}

/// <summary>A law, decree, policy or plan as the legal framework list shows it.</summary>
public sealed record LegalInstrumentItem(
    int Id,
    LegalInstrumentType Type,
    string? OfficialNumber,
    TranslatableText Title,
    LegalStatus Status,
    int? Year,
    LegalTopics Topics,
    bool IsSample,
    DateTime UpdatedAtUtc);
