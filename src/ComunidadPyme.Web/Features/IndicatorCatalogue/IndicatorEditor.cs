using System.Globalization;
using ComunidadPyme.Core.Indicators;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Web.Features.Common;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.IndicatorCatalogue;

/// <summary>
/// Reads and saves the indicator catalogue for the shared editor pages; every save is audited by
/// <see cref="AppDbContext"/>. Codes are unique: checked before saving, and refused by the database's unique
/// index when two administrators take the same code at the same moment.
/// </summary>
public sealed class IndicatorEditor(AppDbContext db, VersionedSaver saver, IStringLocalizer<IndicatorCatalogueResource> l)
    : IRecordEditor<SharedData, int, IndicatorForm>
{
    public IStringLocalizer Labels => l;

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

    public Task<EditorPage<IndicatorForm>?> NewAsync(SharedData scope, CancellationToken cancellationToken) =>
        Task.FromResult<EditorPage<IndicatorForm>?>(new EditorPage<IndicatorForm> { Form = new IndicatorForm(), Options = Choices() });

    public async Task<EditorPage<IndicatorForm>?> LoadAsync(SharedData scope, int id, CancellationToken cancellationToken) =>
        await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken) is { } indicator
            ? new EditorPage<IndicatorForm>
            {
                Id = indicator.Id,
                RecordTitle = indicator.Code,
                Form = IndicatorForm.From(indicator, CultureInfo.CurrentCulture),
                Options = Choices(),
            }
            : null;

    public Task<IReadOnlyList<FieldProblem>> ProblemsOfNewAsync(SharedData scope, IndicatorForm form, CancellationToken cancellationToken) =>
        CodeProblemsAsync(form, exceptId: null, cancellationToken);

    public Task<IReadOnlyList<FieldProblem>> ProblemsAsync(SharedData scope, int id, IndicatorForm form, CancellationToken cancellationToken) =>
        CodeProblemsAsync(form, id, cancellationToken);

    public async Task<EditOutcome> CreateAsync(SharedData scope, IndicatorForm form, CancellationToken cancellationToken)
    {
        var indicator = new Indicator();
        form.ApplyTo(indicator, CultureInfo.CurrentCulture);
        db.Indicators.Add(indicator);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return EditOutcome.Saved;
        }
        catch (DbUpdateException)
        {
            if (await CodeTakenMeanwhileAsync(form, exceptId: null, cancellationToken))
            {
                return EditOutcome.Refused;
            }

            throw;
        }
    }

    public async Task<EditOutcome> UpdateAsync(SharedData scope, int id, IndicatorForm form, CancellationToken cancellationToken)
    {
        var indicator = await db.Indicators.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (indicator is null)
        {
            return EditOutcome.NotFound;
        }

        form.ApplyTo(indicator, CultureInfo.CurrentCulture);
        try
        {
            return await saver.TrySaveAsync(indicator, form.Version, cancellationToken) ? EditOutcome.Saved : EditOutcome.Conflict;
        }
        catch (DbUpdateException)
        {
            if (await CodeTakenMeanwhileAsync(form, id, cancellationToken))
            {
                return EditOutcome.Refused;
            }

            throw;
        }
    }

    /// <summary>Kinds, themes and periodicities as the reader names them, for the form's lists and the conflict page.</summary>
    private Dictionary<string, IReadOnlyList<SelectListItem>> Choices() => new()
    {
        [nameof(IndicatorForm.Kind)] = EnumText.Options<IndicatorKind>(l),
        [nameof(IndicatorForm.Theme)] = EnumText.Options<IndicatorTheme>(l),
        [nameof(IndicatorForm.Periodicity)] = EnumText.Options<Periodicity>(l),
    };

    private async Task<IReadOnlyList<FieldProblem>> CodeProblemsAsync(IndicatorForm form, int? exceptId, CancellationToken cancellationToken) =>
        form.Code is { Length: > 0 } code && await CodeTakenAsync(code, exceptId, cancellationToken)
            ? [new FieldProblem(nameof(IndicatorForm.Code), l["Another indicator already has the code {0}.", code])]
            : [];

    private Task<bool> CodeTakenAsync(string code, int? exceptId, CancellationToken cancellationToken) =>
        db.Indicators.AnyAsync(i => i.Code == code.Trim() && i.Id != (exceptId ?? 0), cancellationToken);

    /// <summary>After a refused save: was it the unique index on the code (another administrator took it just now)?</summary>
    private async Task<bool> CodeTakenMeanwhileAsync(IndicatorForm form, int? exceptId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await CodeTakenAsync(form.Code!, exceptId, cancellationToken);
    }
}

/// <summary>A catalogue entry as listed for administrators, named in their language.</summary>
public sealed record IndicatorListItem(
    int Id, string Code, string Name, string Unit, IndicatorTheme Theme, IndicatorKind Kind, Periodicity Periodicity,
    int Decimals, double? MinValue, double? MaxValue, int SortOrder, bool IsActive);
