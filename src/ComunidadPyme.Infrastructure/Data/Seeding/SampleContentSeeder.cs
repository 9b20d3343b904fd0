using ComunidadPyme.Infrastructure.Data.Seeding.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ComunidadPyme.Infrastructure.Data.Seeding;

/// <summary>
/// Adds illustrative content (every record flagged IsSample) so a new installation has something to show.
/// Runs only while the database has no observations, programmes or sample legal instruments (the real laws
/// of the reference data do not count).
/// </summary>
public sealed class SampleContentSeeder(AppDbContext db, ILogger<SampleContentSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Observations.AnyAsync(cancellationToken)
            || await db.SupportProgrammes.AnyAsync(cancellationToken)
            || await db.LegalInstruments.AnyAsync(l => l.IsSample, cancellationToken))
        {
            return;
        }

        var countries = await db.Countries.ToDictionaryAsync(c => c.Iso2, cancellationToken);
        var indicators = await db.Indicators.ToDictionaryAsync(i => i.Code, cancellationToken);
        var principles = await db.Principles.ToListAsync(cancellationToken);
        var referenceInstitutions = await db.Institutions.Include(i => i.FocalPoints).Where(i => !i.IsSample).ToListAsync(cancellationToken);
        var content = SampleContent.Build(countries, indicators, principles, referenceInstitutions);

        db.Institutions.AddRange(content.Institutions);
        db.LegalInstruments.AddRange(content.LegalInstruments);
        db.SupportProgrammes.AddRange(content.SupportProgrammes);
        db.ReportingCycles.Add(content.PreviousReportingCycle);
        db.ReportingCycles.Add(content.ReportingCycle);
        db.ProgressReports.AddRange(content.ProgressReports);
        db.Observations.AddRange(content.Observations);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation(
            "Sample content seeded (marked as sample data): {Observations} observations, {Laws} legal instruments, {Programmes} programmes",
            content.Observations.Count, content.LegalInstruments.Count, content.SupportProgrammes.Count);
    }
}
