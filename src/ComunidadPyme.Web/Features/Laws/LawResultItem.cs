using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Legal;
using Microsoft.AspNetCore.Html;

namespace ComunidadPyme.Web.Features.Laws;

/// <summary>One instrument in the library's results.</summary>
public sealed record LawResultItem(
    int Id,
    string CountryIso2,
    string CountryName,
    LegalInstrumentType Type,
    string? OfficialNumber,
    TranslatableText Title,
    LegalStatus Status,
    int? Year,
    IHtmlContent Snippet,
    bool IsSample);
