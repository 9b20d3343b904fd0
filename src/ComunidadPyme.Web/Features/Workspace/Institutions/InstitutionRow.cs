using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Countries;

namespace ComunidadPyme.Web.Features.Workspace.Institutions;

public sealed record InstitutionRow(
    int Id, TranslatableText Name, string? Acronym, InstitutionKind Kind, string? WebsiteUrl, int FocalPoints,
    bool IsSample, string? UpdatedBy, DateTime UpdatedAtUtc);
