using ComunidadPyme.Core.Feedback;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Problems;

/// <summary>The record a report is about, as the form and the ticket name it.</summary>
public sealed record ProblemTarget(int CountryId, string Iso2, string CountryName, ProblemSubject Subject, int? RecordId, string? IndicatorCode, string Label);

/// <summary>Finds what a report is about and stores it in the country's workspace.</summary>
public sealed class ProblemReportService(AppDbContext db, TimeProvider clock)
{
    /// <summary>Null when the country, law, programme or indicator is unknown.</summary>
    public async Task<ProblemTarget?> FindTargetAsync(ProblemReportForm form, string language, CancellationToken cancellationToken)
    {
        switch (form.Subject)
        {
            case ProblemSubject.Law when form.Id is { } id:
                var law = await db.LegalInstruments.AsNoTracking().Where(l => l.Id == id)
                    .Join(db.Countries, l => l.CountryId, c => c.Id, (l, c) => new { l.CountryId, c.Iso2, c.Name, l.Title })
                    .SingleOrDefaultAsync(cancellationToken);
                return law is null ? null
                    : new ProblemTarget(law.CountryId, law.Iso2, law.Name.In(language), ProblemSubject.Law, id, null, Clip(law.Title.Resolve(language).Text));
            case ProblemSubject.Programme when form.Id is { } id:
                var programme = await db.SupportProgrammes.AsNoTracking().Where(p => p.Id == id)
                    .Join(db.Countries, p => p.CountryId, c => c.Id, (p, c) => new { p.CountryId, c.Iso2, CountryName = c.Name, Title = p.Name })
                    .SingleOrDefaultAsync(cancellationToken);
                return programme is null ? null
                    : new ProblemTarget(programme.CountryId, programme.Iso2, programme.CountryName.In(language), ProblemSubject.Programme, id, null,
                        Clip(programme.Title.Resolve(language).Text));
            case ProblemSubject.Figure when form.Country is { Length: 2 } iso2 && form.Indicator is { Length: > 0 } code:
                var country = await db.Countries.AsNoTracking().Where(c => c.Iso2 == iso2.ToUpperInvariant())
                    .Select(c => new { c.Id, c.Iso2, c.Name }).SingleOrDefaultAsync(cancellationToken);
                var indicator = await db.Indicators.AsNoTracking().Where(i => i.Code == code.ToUpperInvariant())
                    .Select(i => new { i.Code, i.Name }).SingleOrDefaultAsync(cancellationToken);
                return country is null || indicator is null ? null
                    : new ProblemTarget(country.Id, country.Iso2, country.Name.In(language), ProblemSubject.Figure, null, indicator.Code,
                        Clip($"{indicator.Name.In(language)} — {country.Name.In(language)}"));
            default:
                return null;
        }
    }

    public async Task<ProblemReport> CreateAsync(ProblemTarget target, ProblemReportForm form, string language, CancellationToken cancellationToken)
    {
        var report = new ProblemReport
        {
            CountryId = target.CountryId,
            Subject = target.Subject,
            RecordId = target.RecordId,
            IndicatorCode = target.IndicatorCode,
            RecordLabel = target.Label,
            Message = form.CleanMessage,
            ReporterEmail = form.CleanEmail,
            Language = language,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.ProblemReports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        return report;
    }

    private static string Clip(string text) => text.Length <= 300 ? text : text[..299] + "…";
}

/// <summary>Limits reports to <see cref="PerClient"/> an hour from one client address and <see cref="PerAddress"/> for one reply address.</summary>
public sealed class ProblemReportLimiter() : HourlyLimiter(PerClient, PerAddress)
{
    public const int PerClient = 5;
    public const int PerAddress = 3;
}
