namespace ComunidadPyme.Web.Features.Workspace.Authorization;

/// <summary>
/// The resource of every per-record authorization check: the country that owns the record, as read from
/// the database (never from a form field).
/// </summary>
public sealed record CountryScope(int CountryId);
