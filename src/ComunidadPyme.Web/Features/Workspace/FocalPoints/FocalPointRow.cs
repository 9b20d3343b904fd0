using ComunidadPyme.Core.Countries;

namespace ComunidadPyme.Web.Features.Workspace.FocalPoints;

public sealed record FocalPointRow(
    int Id, string FullName, string? Position, string? Institution, FocalPointRole Role, string? Email,
    ContactFields PublicFields, DateOnly? LastConfirmedOn, bool IsSample, string? UpdatedBy, DateTime UpdatedAtUtc);
