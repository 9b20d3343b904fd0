using System.Diagnostics;
using ComunidadPyme.Bench.DataGenerator;
using ComunidadPyme.Infrastructure;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Infrastructure.Data.Changes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

// Fills a SQLite database with the benchmark's large data set:
// 35 countries × 200 indicators × 30 years of observations, 20,000 legal instruments, and a progress report per
// country and principle in a closed and an open cycle.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: ComunidadPyme.Bench.DataGenerator <path-to-new-sqlite-file>");
    return 2;
}

var watch = Stopwatch.StartNew();
var options = new DbContextOptionsBuilder<AppDbContext>()
    .UseSqlite($"Data Source={args[0]}", o => o.MigrationsAssembly(InfrastructureServices.SqliteMigrationsAssembly))
    .Options;
// No listeners: the portal builds its search index and cache from the finished database when it starts.
var noListeners = new CountryChangeNotifier([], NullLogger<CountryChangeNotifier>.Instance);
AppDbContext NewContext() => new(options, SystemUser.Instance, TimeProvider.System, noListeners);

await using (var db = NewContext())
{
    await db.Database.MigrateAsync();
}

var generator = new LargeDataSet(NewContext);
await generator.ReferenceDataAsync();
Console.WriteLine($"reference data: {watch.Elapsed.TotalSeconds:F1} s");
var observations = await generator.ObservationsAsync(indicatorCount: 200, years: 30);
Console.WriteLine($"observations: {observations:N0} ({watch.Elapsed.TotalSeconds:F1} s)");
var laws = await generator.LegalInstrumentsAsync(count: 20_000);
Console.WriteLine($"legal instruments: {laws:N0} ({watch.Elapsed.TotalSeconds:F1} s)");
var reports = await generator.ProgressReportsAsync();
Console.WriteLine($"progress reports: {reports:N0} ({watch.Elapsed.TotalSeconds:F1} s)");
return 0;
