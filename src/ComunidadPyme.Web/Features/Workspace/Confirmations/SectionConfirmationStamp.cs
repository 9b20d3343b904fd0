namespace ComunidadPyme.Web.Features.Workspace.Confirmations;

public sealed record SectionConfirmationStamp(DateTime ConfirmedAtUtc, string? ConfirmedBy);
