using ComunidadPyme.Core.Auditing;
using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Countries;
using ComunidadPyme.Core.Definitions;
using ComunidadPyme.Core.Indicators;
using ComunidadPyme.Core.Legal;
using ComunidadPyme.Core.Principles;
using ComunidadPyme.Core.Programmes;
using ComunidadPyme.Core.Reminders;
using ComunidadPyme.Core.Security;
using ComunidadPyme.Infrastructure.Data.Auditing;
using ComunidadPyme.Infrastructure.Data.Changes;
using ComunidadPyme.Infrastructure.Data.Seeding;
using ComunidadPyme.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Infrastructure.Data;

public class AppDbContext(
    DbContextOptions<AppDbContext> options,
    ICurrentUser currentUser,
    TimeProvider clock,
    CountryChangeNotifier changeNotifier)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<Country> Countries => Set<Country>();
    public DbSet<MembershipPeriod> MembershipPeriods => Set<MembershipPeriod>();
    public DbSet<SectionConfirmation> SectionConfirmations => Set<SectionConfirmation>();
    public DbSet<Institution> Institutions => Set<Institution>();
    public DbSet<FocalPoint> FocalPoints => Set<FocalPoint>();
    public DbSet<MsmeDefinition> MsmeDefinitions => Set<MsmeDefinition>();
    public DbSet<SizeThreshold> SizeThresholds => Set<SizeThreshold>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<Observation> Observations => Set<Observation>();
    public DbSet<LegalInstrument> LegalInstruments => Set<LegalInstrument>();
    public DbSet<LegalRelation> LegalRelations => Set<LegalRelation>();
    public DbSet<SupportProgramme> SupportProgrammes => Set<SupportProgramme>();
    public DbSet<Principle> Principles => Set<Principle>();
    public DbSet<ReportingCycle> ReportingCycles => Set<ReportingCycle>();
    public DbSet<ProgressReport> ProgressReports => Set<ProgressReport>();
    public DbSet<ReviewComment> ReviewComments => Set<ReviewComment>();
    public DbSet<StaleDataReminder> StaleDataReminders => Set<StaleDataReminder>();
    public DbSet<ComunidadPyme.Core.Feedback.ProblemReport> ProblemReports => Set<ComunidadPyme.Core.Feedback.ProblemReport>();
    public DbSet<ComunidadPyme.Core.Following.Subscription> Subscriptions => Set<ComunidadPyme.Core.Following.Subscription>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<CountryAssignment> CountryAssignments => Set<CountryAssignment>();
    public DbSet<SignInEvent> SignInEvents => Set<SignInEvent>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<ReferenceDataRelease> ReferenceDataReleases => Set<ReferenceDataRelease>();

    /// <summary>
    /// Set by the restore service around a save that brings back an earlier version, so the audit trail
    /// records those updates as <see cref="AuditAction.Restored"/> rather than as ordinary edits.
    /// </summary>
    public bool AuditUpdatesAsRestore { get; set; }

    // Countries changed by saves whose transaction has not committed yet.
    private readonly HashSet<int> _uncommittedCountries = [];

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        foreach (var entityType in builder.Model.GetEntityTypes()
                     .Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType)))
        {
            builder.Entity(entityType.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>
    /// Stamps, renews concurrency tokens and appends the audit trail in the same transaction as the
    /// change itself, so a change is never saved without its audit entries. A save either commits and
    /// returns, or throws having committed nothing.
    /// </summary>
    public override async Task<int> SaveChangesAsync(
        bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        StampChanges(nowUtc);
        var trail = AuditTrail.Capture(ChangeTracker, currentUser, nowUtc, AuditUpdatesAsRestore);
        if (trail.IsEmpty)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await using var transaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        _uncommittedCountries.UnionWith(trail.CountryIds());
        AuditEntries.AddRange(trail.Complete());
        await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (transaction is not null)
        {
            // Committing tells the listeners (CommittedChangesInterceptor); in a transaction owned by the
            // caller, they are told when the caller commits.
            await transaction.CommitAsync(cancellationToken);
        }

        return saved;
    }

    /// <summary>
    /// Called once a transaction has committed: tells the listeners which countries changed. What follows can
    /// fail without making the save look failed (the notifier logs and retries).
    /// </summary>
    internal async Task NotifyCommittedChangesAsync()
    {
        if (_uncommittedCountries.Count == 0)
        {
            return;
        }

        var changed = _uncommittedCountries.ToList();
        _uncommittedCountries.Clear();
        await changeNotifier.NotifyAsync(changed);
    }

    internal void ForgetUncommittedChanges() => _uncommittedCountries.Clear();

    private void StampChanges(DateTime nowUtc)
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            if (entry.Entity is IVersioned versioned)
            {
                versioned.Version = Guid.NewGuid();
            }

            if (entry.Entity is ITracksChanges tracked)
            {
                if (entry.State == EntityState.Added)
                {
                    tracked.CreatedAtUtc = nowUtc;
                    tracked.CreatedBy = currentUser.UserName;
                }

                tracked.UpdatedAtUtc = nowUtc;
                tracked.UpdatedBy = currentUser.UserName;
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL, stable when members are reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(60);
        configurationBuilder.Properties<decimal>().HavePrecision(20, 4);
    }
}
