using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Countries;

namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>
/// A focal point as the public may see it: a contact field the authority has not flagged public is never
/// copied here, so no view can show it by mistake.
/// </summary>
public sealed record FocalPointItem(
    string? FullName,
    string? Position,
    string? Email,
    string? Phone,
    FocalPointRole Role,
    TranslatableText? InstitutionName,
    DateOnly? LastConfirmedOn,
    bool IsSample,
    DateTime UpdatedAtUtc)
{
    public static FocalPointItem Public(
        ContactFields publicFields,
        string fullName,
        string? position,
        string? email,
        string? phone,
        FocalPointRole role,
        TranslatableText? institutionName,
        DateOnly? lastConfirmedOn,
        bool isSample,
        DateTime updatedAtUtc) => new(
        publicFields.HasFlag(ContactFields.Name) ? fullName : null,
        publicFields.HasFlag(ContactFields.Position) ? position : null,
        publicFields.HasFlag(ContactFields.Email) ? email : null,
        publicFields.HasFlag(ContactFields.Phone) ? phone : null,
        role,
        institutionName,
        lastConfirmedOn,
        isSample,
        updatedAtUtc);
}
