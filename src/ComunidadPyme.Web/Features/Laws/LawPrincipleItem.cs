using ComunidadPyme.Core.Principles;

namespace ComunidadPyme.Web.Features.Laws;

/// <summary>A principle (or area of emphasis) an instrument serves, titled in the visitor's language.</summary>
public sealed record LawPrincipleItem(PrincipleKind Kind, int Number, string ShortTitle);
