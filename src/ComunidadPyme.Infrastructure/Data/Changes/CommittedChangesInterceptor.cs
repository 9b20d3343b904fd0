using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ComunidadPyme.Infrastructure.Data.Changes;

/// <summary>
/// Tells the listeners about a save only once its transaction has committed, whoever owns the transaction
/// (<see cref="AppDbContext"/> itself, or a service that groups several saves, as the import does), and
/// forgets the changes of a transaction that rolled back.
/// </summary>
public sealed class CommittedChangesInterceptor : DbTransactionInterceptor
{
    public static readonly CommittedChangesInterceptor Instance = new();

    public override async Task TransactionCommittedAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext db)
        {
            await db.NotifyCommittedChangesAsync();
        }
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is AppDbContext db)
        {
            db.NotifyCommittedChangesAsync().GetAwaiter().GetResult();
        }
    }

    public override Task TransactionRolledBackAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        (eventData.Context as AppDbContext)?.ForgetUncommittedChanges();
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        (eventData.Context as AppDbContext)?.ForgetUncommittedChanges();
}
