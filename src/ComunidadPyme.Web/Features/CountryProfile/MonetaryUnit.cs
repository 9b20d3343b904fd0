using ComunidadPyme.Core.Definitions;

namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>The unit of a definition's amounts: a currency code, or an indexed unit such as UF, UIT or UVT.</summary>
public sealed record MonetaryUnit(string Code, UnitKind Kind)
{
    /// <summary>The indexed units the interface explains by name; others get a general explanation.</summary>
    public static readonly IReadOnlyList<string> Explained = ["UF", "UIT", "UVT"];

    public bool IsIndexed => Kind == UnitKind.IndexedUnit;

    public static MonetaryUnit? Of(MsmeDefinition definition) =>
        string.IsNullOrWhiteSpace(definition.MonetaryUnit)
            ? null
            : new MonetaryUnit(definition.MonetaryUnit.Trim(), definition.MonetaryUnitKind);

    /// <summary>The resource key of the explanation of this unit.</summary>
    public string ExplanationKey => Kind == UnitKind.Currency
        ? "Unit.Currency"
        : Explained.Contains(Code, StringComparer.OrdinalIgnoreCase) ? "Unit." + Code.ToUpperInvariant() : "Unit.Indexed";
}
