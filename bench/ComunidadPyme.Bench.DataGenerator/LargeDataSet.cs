using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Indicators;
using ComunidadPyme.Core.Legal;
using ComunidadPyme.Core.Principles;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Infrastructure.Data.Seeding.Content;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Bench.DataGenerator;

/// <summary>Generates a deterministic large data set in batches, each saved through the real context.</summary>
public sealed class LargeDataSet(Func<AppDbContext> newContext)
{
    private const int BatchSize = 5_000;
    private static readonly string[] s_words =
    [
        "empresa", "micro", "pequeña", "mediana", "régimen", "simplificado", "tributario", "registro", "crédito",
        "garantía", "exportación", "compras", "públicas", "innovación", "mujeres", "emprendedoras", "formalización",
        "procedimientos", "regulación", "financiamiento", "empresas", "desenvolvimento", "entreprises", "petites",
    ];

    private readonly Random _random = new(2013);

    public async Task ReferenceDataAsync()
    {
        await using var db = newContext();
        db.Countries.AddRange(ReferenceCountries.All());
        db.Principles.AddRange(ReferencePrinciples.All());
        db.Indicators.AddRange(ReferenceIndicators.All());
        await db.SaveChangesAsync();
    }

    public async Task<int> ObservationsAsync(int indicatorCount, int years)
    {
        await AddGeneratedIndicatorsAsync(indicatorCount);
        List<int> countries;
        List<Indicator> indicators;
        await using (var db = newContext())
        {
            countries = await db.Countries.Select(c => c.Id).ToListAsync();
            indicators = await db.Indicators.AsNoTracking().ToListAsync();
        }

        var rows = from country in countries
                   from indicator in indicators
                   from year in Enumerable.Range(DateTime.UtcNow.Year - years, years)
                   select NewObservation(country, indicator, year);
        return await SaveInBatchesAsync(rows, (db, batch) => db.Observations.AddRange(batch));
    }

    public async Task<int> LegalInstrumentsAsync(int count)
    {
        List<int> countries;
        await using (var db = newContext())
        {
            countries = await db.Countries.Select(c => c.Id).ToListAsync();
        }

        var rows = Enumerable.Range(1, count).Select(i => NewInstrument(countries[i % countries.Count], i));
        return await SaveInBatchesAsync(rows, (db, batch) => db.LegalInstruments.AddRange(batch));
    }

    /// <summary>
    /// A closed cycle whose reports are all accepted and assessed, and an open one with a report per country and
    /// principle in every state (a quarter each), submitted ones with a comment: the review pages' whole region.
    /// </summary>
    public async Task<int> ProgressReportsAsync()
    {
        List<int> countries;
        List<int> principles;
        var previous = new ReportingCycle
        {
            Name = LocalizedText.Of("Benchmark closed cycle"), OpensOn = new DateOnly(2014, 1, 1),
            SubmissionDeadline = new DateOnly(2015, 6, 30), Status = ReportingCycleStatus.Closed,
        };
        var current = new ReportingCycle
        {
            Name = LocalizedText.Of("Benchmark open cycle"), OpensOn = new DateOnly(2025, 1, 1),
            SubmissionDeadline = new DateOnly(2027, 6, 30), Status = ReportingCycleStatus.Open,
        };
        await using (var db = newContext())
        {
            countries = await db.Countries.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync();
            principles = await db.Principles.OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();
            db.ReportingCycles.AddRange(previous, current);
            await db.SaveChangesAsync();
        }

        var at = new DateTime(2025, 3, 1, 12, 0, 0, DateTimeKind.Utc);
        var rows = from country in countries
                   from principle in principles
                   from cycle in new[] { previous, current }
                   select NewReport(country, principle, cycle, cycle == previous ? WorkflowState.Accepted : (WorkflowState)((country + principle) % 4 + 1), at);
        return await SaveInBatchesAsync(rows, (db, batch) => db.ProgressReports.AddRange(batch));
    }

    private ProgressReport NewReport(int countryId, int principleId, ReportingCycle cycle, WorkflowState state, DateTime at)
    {
        var report = new ProgressReport
        {
            CountryId = countryId,
            PrincipleId = principleId,
            ReportingCycleId = cycle.Id,
            Level = (ProgressLevel)_random.Next(1, 6),
            Narrative = new TranslatableText { Language = "es", Original = string.Join(' ', Enumerable.Range(0, 60).Select(_ => s_words[_random.Next(s_words.Length)])) },
            Evidence = [new EvidenceLink { Title = "Benchmark evidence", Url = "https://example.org/evidence" }],
            IsSample = true,
        };
        if (state == WorkflowState.Draft)
        {
            return report;
        }

        var submitted = at.AddDays(-_random.Next(0, 300));
        report.Submit("bench focal point", submitted);
        report.Assess("bench reviewer", submitted.AddDays(1), (AssessmentLevel)_random.Next(1, 6), "Benchmark assessment.");
        if (state == WorkflowState.Submitted)
        {
            report.AddComment("bench reviewer", byReviewer: true, submitted.AddDays(2), "Which decree is this?");
        }
        else if (state == WorkflowState.Accepted)
        {
            report.Accept("bench reviewer", submitted.AddDays(3));
        }
        else
        {
            report.Return("bench reviewer", submitted.AddDays(3), "Please add the decree's number.");
        }

        return report;
    }

    private async Task AddGeneratedIndicatorsAsync(int total)
    {
        await using var db = newContext();
        var existing = await db.Indicators.CountAsync();
        for (var i = existing + 1; i <= total; i++)
        {
            db.Indicators.Add(new Indicator
            {
                Code = $"BENCH_{i:D3}",
                Name = LocalizedText.Of($"Benchmark indicator {i}", $"Indicador de prueba {i}", $"Indicador de teste {i}", $"Indicateur d'essai {i}"),
                Description = LocalizedText.Of("Generated for the benchmark."),
                Unit = LocalizedText.Of("%"),
                Methodology = LocalizedText.Of("Generated."),
                Kind = IndicatorKind.Indicator,
                Theme = (IndicatorTheme)(i % 8 + 1),
                Decimals = 1,
                Source = "Benchmark",
                MinValue = 0,
                MaxValue = 100,
                SortOrder = i,
            });
        }

        await db.SaveChangesAsync();
    }

    private Observation NewObservation(int countryId, Indicator indicator, int year)
    {
        var low = indicator.MinValue ?? 0;
        var high = indicator.MaxValue ?? 1_000_000;
        var observation = new Observation
        {
            CountryId = countryId,
            IndicatorId = indicator.Id,
            Value = Math.Round(low + (_random.NextDouble() * (high - low) * 0.5), 2),
            Status = ObservationStatus.Final,
            SourceNote = "Benchmark data",
            IsSample = true,
        };
        observation.SetPeriod(ReportingPeriod.OfYear(year));
        return observation;
    }

    private LegalInstrument NewInstrument(int countryId, int number)
    {
        var title = string.Join(' ', Enumerable.Range(0, 8).Select(_ => s_words[_random.Next(s_words.Length)]));
        var summary = string.Join(' ', Enumerable.Range(0, 40).Select(_ => s_words[_random.Next(s_words.Length)]));
        return new LegalInstrument
        {
            CountryId = countryId,
            Type = (LegalInstrumentType)(number % 8 + 1),
            OfficialNumber = $"Ley {number}",
            Title = new TranslatableText { Language = "es", Original = $"Ley {number}: {title}", En = $"Law {number}" },
            Summary = new TranslatableText { Language = "es", Original = summary },
            Topics = (LegalTopics)(1 << (number % 9)),
            EnactedOn = new DateOnly(1990 + (number % 35), number % 12 + 1, number % 28 + 1),
            Status = (LegalStatus)(number % 3 + 1),
            IsSample = true,
        };
    }

    private async Task<int> SaveInBatchesAsync<T>(IEnumerable<T> rows, Action<AppDbContext, List<T>> add)
    {
        var total = 0;
        foreach (var batch in rows.Chunk(BatchSize))
        {
            await using var db = newContext();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            add(db, batch.ToList());
            await db.SaveChangesAsync();
            total += batch.Length;
        }

        return total;
    }
}
