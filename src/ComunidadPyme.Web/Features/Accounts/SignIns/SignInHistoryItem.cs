namespace ComunidadPyme.Web.Features.Accounts.SignIns;

public sealed record SignInHistoryItem(DateTime AtUtc, bool Succeeded, string? FailureReason, string? IpAddress, string? UserAgent);
