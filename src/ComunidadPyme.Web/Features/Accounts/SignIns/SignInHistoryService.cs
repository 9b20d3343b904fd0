using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Accounts.SignIns;

/// <summary>Reads a person's own sign-in history: their last 50 attempts, newest first.</summary>
public sealed class SignInHistoryService(AppDbContext db)
{
    public const int Size = 50;

    public async Task<IReadOnlyList<SignInHistoryItem>> ForUserAsync(string userId, CancellationToken cancellationToken) =>
        await db.SignInEvents.AsNoTracking()
            .Where(e => e.UserId == userId)
            .OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id)
            .Take(Size)
            .Select(e => new SignInHistoryItem(e.AtUtc, e.Succeeded, e.FailureReason, e.IpAddress, e.UserAgent))
            .ToListAsync(cancellationToken);
}
