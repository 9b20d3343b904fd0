using System.Net;
using System.Text.Json;
using ComunidadPyme.Core.Auditing;
using ComunidadPyme.FunctionalTests.Support;
using ComunidadPyme.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComunidadPyme.FunctionalTests.Operations;

/// <summary>
/// Start-up never depends on the content: rows an earlier version stored with a blank text are repaired,
/// and a record the index cannot take is left out, logged and reported by the readiness probe.
/// </summary>
public sealed class StartupRepairTests : IDisposable
{
    private readonly string _dataDirectory = PortalFactory.NewDataDirectory();

    [Fact]
    public async Task BlankSummariesStoredByAnEarlierVersionAreRepairedOnStart()
    {
        int emptyId, translatedId;
        using (var first = new RestartedPortal(_dataDirectory))
        {
            emptyId = (await first.AddLawAsync("BR", "Law whose summary was only a script")).Id;
            translatedId = (await first.AddLawAsync("BR", "Law whose original summary was only a script")).Id;
            await first.QueryAsync(db => db.Database.ExecuteSqlAsync(
                $"UPDATE LegalInstruments SET Summary_Original = NULL, Summary_Language = 'pt' WHERE Id = {emptyId}"));
            await first.QueryAsync(db => db.Database.ExecuteSqlAsync(
                $"UPDATE LegalInstruments SET Summary_Original = NULL, Summary_Language = 'pt', Summary_Es = 'Resumen de la ley' WHERE Id = {translatedId}"));
        }

        using var restarted = new RestartedPortal(_dataDirectory);
        var client = restarted.CreateClient();

        Assert.Equal("Healthy", await ReadyStatusAsync(client));
        var empty = await restarted.QueryAsync(db => db.LegalInstruments.AsNoTracking().SingleAsync(l => l.Id == emptyId));
        Assert.Null(empty.Summary);
        var translated = await restarted.QueryAsync(db => db.LegalInstruments.AsNoTracking().SingleAsync(l => l.Id == translatedId));
        Assert.Equal("Resumen de la ley", translated.Summary!.Original);
        Assert.Equal("es", translated.Summary.Language);
        Assert.Equal(2, await restarted.QueryAsync(db => db.AuditEntries.CountAsync(a =>
            a.EntityType == "LegalInstrument" && (a.EntityKey == emptyId.ToString() || a.EntityKey == translatedId.ToString())
            && a.Action == AuditAction.Updated)));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/en/laws/{emptyId}")).StatusCode);
        Assert.Contains("Law whose original summary was only a script", await (await client.GetAsync("/es/laws?q=resumen")).Content.ReadAsStringAsync());

        // Idempotent: a second start finds nothing to repair.
        restarted.Dispose();
        using var again = new RestartedPortal(_dataDirectory);
        _ = again.CreateClient();
        Assert.Equal(2, await again.QueryAsync(db => db.AuditEntries.CountAsync(a =>
            a.EntityType == "LegalInstrument" && (a.EntityKey == emptyId.ToString() || a.EntityKey == translatedId.ToString())
            && a.Action == AuditAction.Updated)));
    }

    [Fact]
    public async Task ALibraryThatCannotBeReadLeavesThePortalStartedAndReadyButDegraded()
    {
        int brokenId;
        using (var first = new RestartedPortal(_dataDirectory))
        {
            brokenId = (await first.AddLawAsync("BR", "Law with a date no reader understands")).Id;
            await first.QueryAsync(db => db.Database.ExecuteSqlAsync(
                $"UPDATE LegalInstruments SET EnactedOn = 'not a date' WHERE Id = {brokenId}"));
        }

        using var restarted = new RestartedPortal(_dataDirectory);
        var client = restarted.CreateClient();

        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using (var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()))
        {
            Assert.Equal("Degraded", body.RootElement.GetProperty("status").GetString());
            Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("database").GetString());
            Assert.Equal("Degraded", body.RootElement.GetProperty("checks").GetProperty(LegalIndexHealthCheck.Name).GetString());
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/en/")).StatusCode);

        // Once the row is mended, the next build brings the library back and the probe to healthy.
        await restarted.QueryAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE LegalInstruments SET EnactedOn = '2024-03-01' WHERE Id = {brokenId}"));
        await restarted.Services.GetRequiredService<LegalIndexMaintainer>().RebuildAsync(CancellationToken.None);
        Assert.Equal("Healthy", await ReadyStatusAsync(client));
        Assert.Contains($"/en/laws/{brokenId}", await (await client.GetAsync("/en/laws?q=reader")).Content.ReadAsStringAsync());
    }

    private static async Task<string?> ReadyStatusAsync(HttpClient client)
    {
        using var body = JsonDocument.Parse(await (await client.GetAsync("/health/ready")).Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("status").GetString();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS to clean with the temp folder.
        }
    }
}
