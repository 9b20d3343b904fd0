using System.Net;
using ComunidadPyme.Core.Common;
using ComunidadPyme.FunctionalTests.Support;
using ComunidadPyme.Infrastructure.Data.Changes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComunidadPyme.FunctionalTests.Operations;

/// <summary>
/// Work that follows a committed save (index, cache) may fail: the save still answers success, is stored
/// once, and the failed work is handed over again later.
/// </summary>
public sealed class PostCommitFailureTests(PostCommitFailureTests.PortalWithFailingListener portal)
    : IClassFixture<PostCommitFailureTests.PortalWithFailingListener>
{
    public sealed class PortalWithFailingListener : PortalFactory
    {
        public FlakyListener Listener { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<ICountryDataChangeListener>(Listener));
        }
    }

    public sealed class FlakyListener : ICountryDataChangeListener
    {
        public volatile bool Fails;
        public List<int> Received { get; } = [];

        public Task CountryDataChangedAsync(IReadOnlyCollection<int> countryIds, CancellationToken cancellationToken)
        {
            if (Fails)
            {
                throw new InvalidOperationException("The index is unavailable (test).");
            }

            lock (Received)
            {
                Received.AddRange(countryIds);
            }

            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task ASaveWhoseFollowUpFailsAnswersSuccessIsStoredOnceAndIsRetried()
    {
        var brazilId = await portal.CountryIdAsync("BR");
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);
        var notifier = portal.Services.GetRequiredService<CountryChangeNotifier>();
        portal.Listener.Fails = true;
        var title = $"Saved while the index fails {Guid.NewGuid():N}";

        var response = await client.PostFormAsync("/en/workspace/br/laws/new", WorkspaceForms.Law(title));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await portal.QueryAsync(db => db.LegalInstruments.CountAsync(l => l.Title.Original == title)));
        Assert.Equal(1, notifier.Pending[nameof(FlakyListener)]);

        // The search index (a listener of its own) was not held back by the failing one.
        var search = await (await portal.CreateClient().GetAsync($"/en/laws?q={Uri.EscapeDataString(title)}")).Content.ReadAsStringAsync();
        Assert.Contains(title, search);

        portal.Listener.Fails = false;
        await notifier.RetryPendingAsync(CancellationToken.None);

        Assert.Contains(brazilId, portal.Listener.Received);
        Assert.False(notifier.Pending.ContainsKey(nameof(FlakyListener)));
        Assert.Equal(1, await portal.QueryAsync(db => db.LegalInstruments.CountAsync(l => l.Title.Original == title)));
    }

    [Fact]
    public async Task ListenersAreToldOnlyOnceTheCallersTransactionCommitsAndNeverForARollback()
    {
        var mexicoId = await portal.CountryIdAsync("MX");
        var chileId = await portal.CountryIdAsync("CL");
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ComunidadPyme.Infrastructure.Data.AppDbContext>();
        lock (portal.Listener.Received)
        {
            portal.Listener.Received.Clear();
        }

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.Institutions.Add(new ComunidadPyme.Core.Countries.Institution
            {
                CountryId = mexicoId, Name = TranslatableText.In("es", "Agencia en transacción"),
                Kind = ComunidadPyme.Core.Countries.InstitutionKind.MinistryUnit,
            });
            await db.SaveChangesAsync();
            Assert.DoesNotContain(mexicoId, Received());

            await transaction.CommitAsync();
            Assert.Contains(mexicoId, Received());
        }

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.Institutions.Add(new ComunidadPyme.Core.Countries.Institution
            {
                CountryId = chileId, Name = TranslatableText.In("es", "Agencia deshecha"),
                Kind = ComunidadPyme.Core.Countries.InstitutionKind.MinistryUnit,
            });
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        Assert.DoesNotContain(chileId, Received());
    }

    private int[] Received()
    {
        lock (portal.Listener.Received)
        {
            return portal.Listener.Received.ToArray();
        }
    }
}
