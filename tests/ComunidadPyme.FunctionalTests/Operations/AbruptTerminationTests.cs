using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace ComunidadPyme.FunctionalTests.Operations;

/// <summary>
/// The portal, run as its own process, is killed with SIGKILL while a save is in flight and started again on
/// the same data directory: the save is then wholly there or wholly absent, never half-written.
/// </summary>
public sealed partial class AbruptTerminationTests(ITestOutputHelper output) : IDisposable
{
    private const string Brazil = "/en/workspace/br";
    private const int ImportRows = 100_000;
    private static readonly TimeSpan s_testTimeout = TimeSpan.FromMinutes(12);

    /// <summary>Every year from 1950 to 2025 with its quarters and months: 1,292 periods an irregular indicator accepts.</summary>
    private static readonly IReadOnlyList<string> s_periods =
    [
        .. Enumerable.Range(1950, 76).SelectMany(year => new[] { $"{year}" }
            .Concat(Enumerable.Range(1, 4).Select(q => $"{year}-Q{q}"))
            .Concat(Enumerable.Range(1, 12).Select(m => $"{year}-{m:D2}"))),
    ];

    private readonly string _dataDirectory = PortalFactory.NewDataDirectory();
    private PortalProcess? _portal;

    private string Database => Path.Combine(_dataDirectory, "comunidadpyme.db");

    [Fact]
    public Task AnImportKilledDuringItsCommitIsWhollyThereOrWhollyAbsentAfterARestart() => WithinTimeout(async () =>
    {
        _portal = await PortalProcess.StartAsync(_dataDirectory);
        // The log files live with the rest of the portal's files, under Storage:DataDirectory.
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(_dataDirectory, "logs"), "comunidadpyme-*.log"));
        var indicators = await CreateIrregularIndicatorsAsync("KILLED_A");
        var killedInFlight = 0;

        // A fixed delay as a person's impatience would, then the moment the commit starts writing to the database.
        foreach (var kill in new[] { KillPoint.AfterDelay(TimeSpan.FromMilliseconds(500)), KillPoint.WhenTheDatabaseIsWritten })
        {
            var client = await SignedInAsync(WorkspaceSignIn.Credentials(WorkspaceUser.FocalPointBrazil));
            var upload = await ImportUpload.FileAsync(client, $"{Brazil}/import", ImportCsv(indicators), "values.csv", "text/csv");
            Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
            var preview = upload.Headers.Location!.OriginalString;
            var added = AddedCount(await HtmlDocument.ParseAsync(await client.GetAsync(preview)));
            Assert.Equal(ImportRows, added);
            var before = await ImportStateAsync();

            var token = await ObservationsSignIn.TokenAsync(client);
            var killed = await SendAndKillAsync(
                () => client.PostAsync($"{preview}/confirm", new FormUrlEncodedContent([new("__RequestVerificationToken", token)])), kill);
            var after = await ImportStateAsync();

            output.WriteLine($"{kill}: {(killed ? "killed in flight" : "answered before the kill")}; Brazil's observations {before.Observations:N0} → {after.Observations:N0}, their audit entries {before.Audits:N0} → {after.Audits:N0}");
            Assert.True(after == before || after == before with { Observations = before.Observations + added, Audits = before.Audits + added },
                $"{kill}: the import of {added:N0} values was half-written: observations {before.Observations:N0} → {after.Observations:N0}, audit entries {before.Audits:N0} → {after.Audits:N0}");
            Assert.True(killed || after != before, $"{kill}: the import answered yet nothing was written");
            killedInFlight += killed ? 1 : 0;
            if (after != before)
            {
                indicators = await CreateIrregularIndicatorsAsync("KILLED_B");
            }
        }

        Assert.True(killedInFlight > 0, "Every import answered before the kill: the test never killed a commit in flight.");
    });

    [Fact]
    public Task ALawEditKilledInFlightIsTheOldOrTheNewVersionAfterARestart() => WithinTimeout(async () =>
    {
        _portal = await PortalProcess.StartAsync(_dataDirectory);
        var client = await SignedInAsync(WorkspaceSignIn.Credentials(WorkspaceUser.FocalPointBrazil));
        var editPage = await FirstLawEditPageAsync(client);
        var id = int.Parse(LawId().Match(editPage).Groups[1].Value, CultureInfo.InvariantCulture);

        // An edit that completes (after a first one that warms the portal up) shows how long one takes; the kills
        // then land early, midway and late in it.
        LawEdit edit = null!;
        var duration = TimeSpan.Zero;
        foreach (var label in new[] { "warm-up", "timed" })
        {
            edit = NewEdit(label);
            var content = await EditContentAsync(client, editPage, edit);
            var clock = Stopwatch.StartNew();
            using (var saved = await client.PostAsync(editPage, content))
            {
                Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            }

            duration = clock.Elapsed;
            Assert.Null(Difference(edit, await LawStateAsync(id), null));
        }

        output.WriteLine($"A law edit with a {edit.Document.Length / (1024 * 1024)} MB official text takes {duration.TotalMilliseconds:N0} ms");

        var killedInFlight = 0;
        foreach (var fraction in new[] { 0.15, 0.45, 0.75 })
        {
            edit = NewEdit($"killed at {fraction:P0}");
            var content = await EditContentAsync(client, editPage, edit);
            var before = await LawStateAsync(id);
            var kill = KillPoint.AfterDelay(duration * fraction);
            var killed = await SendAndKillAsync(() => client.PostAsync(editPage, content), kill);
            var after = await LawStateAsync(id);

            var isOld = after == before;
            var problem = isOld ? null : Difference(edit, after, before);
            output.WriteLine($"{kill}: {(killed ? "killed in flight" : "answered before the kill")}; the law is {(isOld ? "the old version" : problem is null ? "the new version" : "half-written")}");
            Assert.True(problem is null, $"{kill}: the law is neither the old nor the new version: {problem}\nbefore: {before}\nafter: {after}");
            killedInFlight += killed ? 1 : 0;
            if (killed)
            {
                client = await SignedInAsync(WorkspaceSignIn.Credentials(WorkspaceUser.FocalPointBrazil));
            }
        }

        Assert.True(killedInFlight > 0, "Every edit answered before the kill: the test never killed a save in flight.");
    });

    public void Dispose()
    {
        _portal?.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean with the temp folder.
        }
    }

    /// <summary>
    /// Sends the request, kills the portal at the kill point unless it has answered by then, and starts it again.
    /// True when the kill came while the request was in flight.
    /// </summary>
    private async Task<bool> SendAndKillAsync(Func<Task<HttpResponseMessage>> send, KillPoint kill)
    {
        var wal = new FileInfo(Database + "-wal");
        wal.Refresh();
        var walAtSend = (wal.Exists ? wal.Length : 0, wal.Exists ? wal.LastWriteTimeUtc : default);
        var clock = Stopwatch.StartNew();

        // On its own thread: writing a large body would otherwise hold this loop up until it is sent.
        var sending = Task.Run(send);
        while (!sending.IsCompleted && !kill.IsDue(clock.Elapsed, wal, walAtSend))
        {
            await Task.Delay(10);
        }

        var killed = !sending.IsCompleted;
        if (killed)
        {
            _portal!.Kill();
            output.WriteLine($"{kill}: SIGKILL {clock.ElapsedMilliseconds:N0} ms after sending");
        }

        try
        {
            using var answer = await sending;
            Assert.True(killed || answer.StatusCode == HttpStatusCode.Redirect, $"{kill}: the save answered {(int)answer.StatusCode}");
        }
        catch (HttpRequestException) when (killed)
        {
            // The connection died with the portal.
        }

        if (killed)
        {
            _portal!.Dispose();
            _portal = await PortalProcess.StartAsync(_dataDirectory);
        }

        return killed;
    }

    private async Task<HttpClient> SignedInAsync((string Email, string Password) account)
    {
        var client = _portal!.CreateClient();
        var signIn = await client.SignInAsync(account.Email, account.Password);
        Assert.True(signIn.StatusCode == HttpStatusCode.Redirect, $"Signing in as {account.Email} answered {(int)signIn.StatusCode}");
        return client;
    }

    /// <summary>Indicators that accept years, quarters and months, enough of them for <see cref="ImportRows"/> new values.</summary>
    private async Task<List<string>> CreateIrregularIndicatorsAsync(string prefix)
    {
        var admin = await SignedInAsync(WorkspaceSignIn.Credentials(WorkspaceUser.Administrator));
        var token = await admin.AntiforgeryTokenAsync("/en/admin/indicators/new");
        var codes = Enumerable.Range(1, (ImportRows + s_periods.Count - 1) / s_periods.Count).Select(i => $"{prefix}_{i:D3}").ToList();
        foreach (var code in codes)
        {
            using var created = await admin.PostAsync("/en/admin/indicators/new", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Form.Code"] = code,
                ["Form.Name.En"] = $"Test series {code}", ["Form.Name.Es"] = $"Serie {code}",
                ["Form.Name.Pt"] = $"Série {code}", ["Form.Name.Fr"] = $"Série {code}",
                ["Form.Unit.En"] = "% of MSMEs",
                ["Form.Kind"] = "Indicator", ["Form.Theme"] = "InnovationAndDigital", ["Form.Periodicity"] = "Irregular",
                ["Form.Decimals"] = "1", ["Form.MinValue"] = "0", ["Form.MaxValue"] = "100", ["Form.SortOrder"] = "900",
                ["Form.Source"] = "Test survey", ["Form.IsActive"] = "true",
                ["__RequestVerificationToken"] = token,
            }));
            Assert.True(created.StatusCode == HttpStatusCode.Redirect, $"Creating the indicator {code} answered {(int)created.StatusCode}");
        }

        return codes;
    }

    private static byte[] ImportCsv(List<string> indicators)
    {
        var csv = new StringBuilder(ImportUpload.Header).Append('\n');
        foreach (var row in indicators.SelectMany(code => s_periods.Select(period => (code, period))).Take(ImportRows))
        {
            csv.Append(CultureInfo.InvariantCulture, $"{row.code},{row.period},12.5,final,Killed import test\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static int AddedCount(AngleSharp.Dom.IDocument preview) =>
        int.Parse(Digits().Replace(preview.QuerySelector("[data-count=added]")!.TextContent, string.Empty), CultureInfo.InvariantCulture);

    private record ImportState(long Observations, long Audits);

    private async Task<ImportState> ImportStateAsync()
    {
        await using var db = await OpenDatabaseAsync();
        return new ImportState(
            await ScalarAsync(db, """SELECT COUNT(*) FROM "Observations" WHERE "CountryId" = (SELECT "Id" FROM "Countries" WHERE "Iso2" = 'BR')"""),
            await ScalarAsync(db, """SELECT COUNT(*) FROM "AuditEntries" WHERE "EntityType" = 'Observation'"""));
    }

    private async Task<SqliteConnection> OpenDatabaseAsync()
    {
        var db = new SqliteConnection($"Data Source={Database};Pooling=False");
        await db.OpenAsync();
        return db;
    }

    private static async Task<long> ScalarAsync(SqliteConnection db, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>When to kill: after a delay, or as soon as the database's write-ahead log is written to.</summary>
    private sealed record KillPoint(string Name, TimeSpan Delay, bool OnWrite)
    {
        public static KillPoint WhenTheDatabaseIsWritten { get; } = new("killed when the commit starts writing", TimeSpan.FromMinutes(5), true);

        public static KillPoint AfterDelay(TimeSpan delay) => new($"killed {delay.TotalMilliseconds:N0} ms after sending", delay, false);

        public bool IsDue(TimeSpan elapsed, FileInfo wal, (long Length, DateTime WrittenAt) atSend)
        {
            if (elapsed >= Delay)
            {
                return true;
            }

            if (!OnWrite)
            {
                return false;
            }

            wal.Refresh();
            return wal.Exists && (wal.Length != atSend.Length || wal.LastWriteTimeUtc != atSend.WrittenAt);
        }

        public override string ToString() => Name;
    }

    [GeneratedRegex("[^0-9]")]
    private static partial Regex Digits();

    [GeneratedRegex("/laws/([0-9]+)/edit$")]
    private static partial Regex LawId();

    private static async Task WithinTimeout(Func<Task> test) => await test().WaitAsync(s_testTimeout);
}
