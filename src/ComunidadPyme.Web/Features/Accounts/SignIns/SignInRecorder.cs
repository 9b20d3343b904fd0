using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Security;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Accounts.SignIns;

/// <summary>
/// Writes every sign-in attempt to the sign-in history and the log, with the client's address and browser.
/// It is never given a password or a code, so it cannot leak one.
/// </summary>
public sealed class SignInRecorder(
    AppDbContext db, IHttpContextAccessor accessor, TimeProvider clock, ILogger<SignInRecorder> logger)
{
    public async Task RecordAsync(string userName, ApplicationUser? user, SignInOutcome outcome)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var request = accessor.HttpContext;
        var ipAddress = request?.Connection.RemoteIpAddress?.ToString();
        var signInEvent = new SignInEvent
        {
            UserId = user?.Id,
            UserName = Truncate(userName.Trim(), FieldLengths.UserName) ?? string.Empty,
            AtUtc = now,
            IpAddress = Truncate(ipAddress, FieldLengths.IpAddress),
            UserAgent = Truncate(request?.Request.Headers.UserAgent.ToString(), FieldLengths.Source),
            Succeeded = outcome == SignInOutcome.Succeeded,
            FailureReason = outcome == SignInOutcome.Succeeded ? null : outcome.ToString(),
        };
        db.SignInEvents.Add(signInEvent);
        if (user is not null && outcome == SignInOutcome.Succeeded)
        {
            var entry = db.Entry(user);
            if (entry.State == EntityState.Detached)
            {
                db.Users.Attach(user);
            }

            user.LastSignInAtUtc = now;
            entry.Property(u => u.LastSignInAtUtc).IsModified = true;
        }

        await db.SaveChangesAsync();
        if (outcome == SignInOutcome.Succeeded)
        {
            logger.LogInformation("Sign-in succeeded for {UserName} from {IpAddress}", signInEvent.UserName, ipAddress);
        }
        else
        {
            logger.LogWarning("Sign-in refused ({Outcome}) for {UserName} from {IpAddress}", outcome, signInEvent.UserName, ipAddress);
        }
    }

    private static string? Truncate(string? value, int length) =>
        string.IsNullOrEmpty(value) || value.Length <= length ? value : value[..length];
}
