using System.Diagnostics;
using ComunidadPyme.Core.Legal;
using ComunidadPyme.Infrastructure.Search;
using LegalSearchBench;

// Legal library search latency on a generated library, in a temporary folder like the portal's index.
// Usage: dotnet run -c Release --project bench/LegalSearchBench [-- instruments iterations]
var instruments = args.Length > 0 ? int.Parse(args[0]) : 20_000;
var iterations = args.Length > 1 ? int.Parse(args[1]) : 300;
var folder = Path.Combine(Path.GetTempPath(), "legal-search-bench-" + Guid.NewGuid().ToString("N"));

try
{
    using var index = LegalSearchIndex.InFolder(folder);
    var build = Stopwatch.StartNew();
    index.Rebuild(SyntheticLibrary.Generate(instruments, seed: 2013));
    Console.WriteLine($"Indexed {index.Count:N0} instruments in {build.Elapsed.TotalSeconds:N1} s ({folder})");

    LegalSearchRequest[] queries =
    [
        new() { Text = "regulacion", Language = "es" },
        new() { Text = "empresas", Language = "es" },
        new() { Text = "simplified registration", Language = "en" },
        new() { Text = "tributo", Language = "pt" },
        new() { Text = "garantie crédit", Language = "fr", CountryIso2 = "HT" },
        new() { Text = "microempresa crédito mujeres", Language = "es", Year = 2015 },
        new() { Text = "N-1234", Language = "en" },
        new() { Text = "' OR 1=1 -- <script>", Language = "en" },
        new() { CountryIso2 = "MX", Type = LegalInstrumentType.Law, Language = "es" },
        new() { Topic = LegalTopics.Taxation, Status = LegalStatus.InForce, Language = "en", Skip = 200 },
        new() { Language = "en" },
        new() { Text = "enterprise", Language = "en", Skip = 180 },
    ];

    foreach (var query in queries)
    {
        for (var i = 0; i < 30; i++)
        {
            index.Search(query);
        }
    }

    var all = new List<double>();
    Console.WriteLine($"{"query",-58} {"hits",7} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8}");
    foreach (var query in queries)
    {
        var times = new List<double>(iterations);
        var total = 0;
        for (var i = 0; i < iterations; i++)
        {
            var watch = Stopwatch.StartNew();
            total = index.Search(query).Total;
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        all.AddRange(times);
        Console.WriteLine($"{Describe(query),-58} {total,7:N0} {Percentile(times, 50),8:N2} {Percentile(times, 95),8:N2} {Percentile(times, 99),8:N2}");
    }

    Console.WriteLine($"{"all queries (" + all.Count + " searches)",-58} {"",7} {Percentile(all, 50),8:N2} {Percentile(all, 95),8:N2} {Percentile(all, 99),8:N2}");
    return 0;
}
finally
{
    Directory.Delete(folder, recursive: true);
}

static double Percentile(List<double> values, int percentile)
{
    var sorted = values.Order().ToList();
    var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1;
    return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
}

static string Describe(LegalSearchRequest q)
{
    var parts = new List<string>();
    if (q.Text is not null) parts.Add($"\"{q.Text}\"");
    if (q.CountryIso2 is not null) parts.Add($"country={q.CountryIso2}");
    if (q.Type is not null) parts.Add($"type={q.Type}");
    if (q.Status is not null) parts.Add($"status={q.Status}");
    if (q.Topic is not null) parts.Add($"topic={q.Topic}");
    if (q.Year is not null) parts.Add($"year={q.Year}");
    if (q.Skip > 0) parts.Add($"page {q.Skip / q.Take + 1}");
    return (parts.Count == 0 ? "(no query, newest first)" : string.Join(' ', parts)) + $" [{q.Language}]";
}
