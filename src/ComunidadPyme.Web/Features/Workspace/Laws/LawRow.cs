using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Legal;

namespace ComunidadPyme.Web.Features.Workspace.Laws;

public sealed record LawRow(
    int Id, TranslatableText Title, string? OfficialNumber, LegalInstrumentType Type, LegalStatus Status, DateOnly? EnactedOn, DateOnly? PublishedOn,
    string? DocumentFileName, bool IsSample, string? UpdatedBy, DateTime UpdatedAtUtc)
{
    public int? Year => (EnactedOn ?? PublishedOn)?.Year;
}
