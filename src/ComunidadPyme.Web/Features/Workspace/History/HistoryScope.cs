using Microsoft.EntityFrameworkCore.Metadata;

namespace ComunidadPyme.Web.Features.Workspace.History;

/// <summary>
/// The record a history page is about. <see cref="CountryId"/> comes from the database (the live record, or the
/// audit entries the server wrote for a deleted one); null for shared records such as principles.
/// </summary>
public sealed record HistoryScope(IEntityType Type, int Id, bool Exists, int? CountryId)
{
    public string TypeName => Type.ClrType.Name;
}
