using System.Globalization;
using ComunidadPyme.Core.Indicators;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.IndicatorCatalogue;

/// <summary>Reads and saves the indicator catalogue; every save is audited by <see cref="AppDbContext"/>.</summary>
public sealed class IndicatorCatalogueService(AppDbContext db)
{
    public async Task<IReadOnlyList<IndicatorListItem>> ListAsync(string language, CancellationToken cancellationToken)
    {
        var indicators = await db.Indicators.AsNoTracking()
            .OrderBy(i => i.Theme).ThenBy(i => i.SortOrder).ThenBy(i => i.Code)
            .Select(i => new
            {
                i.Id, i.Code, i.Name, i.Unit, i.Theme, i.Kind, i.Periodicity, i.Decimals, i.MinValue, i.MaxValue,
                i.SortOrder, i.IsActive,
            })
            .ToListAsync(cancellationToken);
        return indicators.Select(i => new IndicatorListItem(i.Id, i.Code, i.Name.In(language), i.Unit.In(language),
                i.Theme, i.Kind, i.Periodicity, i.Decimals, i.MinValue, i.MaxValue, i.SortOrder, i.IsActive))
            .ToList();
    }

    public async Task<IndicatorForm?> FormAsync(int id, CultureInfo culture, CancellationToken cancellationToken) =>
        await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken) is { } indicator
            ? IndicatorForm.From(indicator, culture)
            : null;

    public Task<bool> CodeTakenAsync(string code, int? exceptId, CancellationToken cancellationToken) =>
        db.Indicators.AnyAsync(i => i.Code == code.Trim() && i.Id != (exceptId ?? 0), cancellationToken);

    public async Task<IndicatorSaveOutcome> CreateAsync(IndicatorForm form, CultureInfo culture, CancellationToken cancellationToken)
    {
        var indicator = new Indicator();
        form.ApplyTo(indicator, culture);
        db.Indicators.Add(indicator);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two administrators creating the same code at once: the unique index refuses the second.
            db.ChangeTracker.Clear();
            if (await CodeTakenAsync(form.Code!, null, cancellationToken))
            {
                return new IndicatorSaveOutcome(0, CodeTaken: true);
            }

            throw;
        }

        return new IndicatorSaveOutcome(indicator.Id);
    }

    public async Task<IndicatorSaveOutcome> UpdateAsync(
        int id, IndicatorForm form, CultureInfo culture, CancellationToken cancellationToken)
    {
        var indicator = await db.Indicators.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (indicator is null)
        {
            return IndicatorSaveOutcome.NotFound;
        }

        if (!Guid.TryParse(form.Version, out var seen) || seen != indicator.Version)
        {
            return new IndicatorSaveOutcome(id, IndicatorForm.From(indicator, culture));
        }

        db.Entry(indicator).Property(i => i.Version).OriginalValue = seen;
        form.ApplyTo(indicator, culture);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var theirs = await FormAsync(id, culture, cancellationToken);
            return theirs is null ? IndicatorSaveOutcome.NotFound : new IndicatorSaveOutcome(id, theirs);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await CodeTakenAsync(form.Code!, id, cancellationToken))
            {
                return new IndicatorSaveOutcome(id, CodeTaken: true);
            }

            throw;
        }

        return new IndicatorSaveOutcome(id);
    }
}
