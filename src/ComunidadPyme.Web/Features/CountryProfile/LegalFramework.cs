namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>A country's legal instruments and the filter the visitor applied to them.</summary>
public sealed record LegalFramework(IReadOnlyList<LegalInstrumentItem> All, LegalFilter Filter)
{
    public IReadOnlyList<LegalInstrumentItem> Shown { get; } = All.Where(Filter.Matches).ToList();
}
