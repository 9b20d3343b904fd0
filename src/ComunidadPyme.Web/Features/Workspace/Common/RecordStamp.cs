namespace ComunidadPyme.Web.Features.Workspace.Common;

/// <summary>Who last changed a record and when, with the link to its history.</summary>
public sealed record RecordStamp(string? UpdatedBy, DateTime? UpdatedAtUtc, string HistoryUrl);
