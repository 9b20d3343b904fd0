using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Definitions;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Web.Features.Workspace.Common;
using ComunidadPyme.Web.Localization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Definitions;

public sealed class DefinitionEditor(AppDbContext db, VersionedSaver saver, WorkspaceText<WorkspaceDefinitionsResource> l)
    : IRecordEditor<WorkspaceCountry, int, DefinitionForm>
{
    public IStringLocalizer Labels => l;

    public async Task<IReadOnlyList<DefinitionRow>> ListAsync(int countryId, CancellationToken cancellationToken) =>
        await db.MsmeDefinitions.AsNoTracking()
            .Where(d => d.CountryId == countryId)
            .OrderByDescending(d => d.ValidFrom)
            .Select(d => new DefinitionRow(d.Id, d.Title, d.LegalSource, d.Scope, d.ValidFrom, d.ValidTo, d.Thresholds.Count,
                d.IsSample, d.UpdatedBy, d.UpdatedAtUtc))
            .ToListAsync(cancellationToken);

    public async Task<EditorPage<DefinitionForm>?> NewAsync(WorkspaceCountry country, CancellationToken cancellationToken)
    {
        var language = country.OfficialLanguages.FirstOrDefault() ?? "en";
        return new EditorPage<DefinitionForm>
        {
            Form = new DefinitionForm
            {
                Title = TranslatableTextForm.From(null, language),
                Notes = TranslatableTextForm.From(null, language),
                Scope = DefinitionScope.Law,
                Method = ClassificationMethod.AllCriteria,
                MonetaryUnitKind = UnitKind.Currency,
                Thresholds = [.. Enumerable.Range(0, DefinitionForm.BlankRows).Select(_ => new ThresholdRow())],
            },
            Options = await OptionsAsync(country.Id, cancellationToken),
        };
    }

    public async Task<EditorPage<DefinitionForm>?> LoadAsync(WorkspaceCountry country, int id, CancellationToken cancellationToken)
    {
        var definition = await db.MsmeDefinitions.AsNoTracking().Include(d => d.Thresholds)
            .FirstOrDefaultAsync(d => d.Id == id && d.CountryId == country.Id, cancellationToken);
        return definition is null ? null : new EditorPage<DefinitionForm>
        {
            Id = definition.Id,
            RecordTitle = definition.Title.Original,
            IsSample = definition.IsSample,
            UpdatedBy = definition.UpdatedBy,
            UpdatedAtUtc = definition.UpdatedAtUtc,
            Options = await OptionsAsync(country.Id, cancellationToken),
            Form = DefinitionMapping.ToForm(definition),
        };
    }

    public async Task<EditOutcome> CreateAsync(WorkspaceCountry country, DefinitionForm form, CancellationToken cancellationToken)
    {
        var definition = new MsmeDefinition { CountryId = country.Id };
        DefinitionMapping.Apply(form, definition);
        db.MsmeDefinitions.Add(definition);
        await db.SaveChangesAsync(cancellationToken);
        return EditOutcome.Saved;
    }

    public async Task<EditOutcome> UpdateAsync(WorkspaceCountry country, int id, DefinitionForm form, CancellationToken cancellationToken)
    {
        var definition = await db.MsmeDefinitions.Include(d => d.Thresholds)
            .FirstOrDefaultAsync(d => d.Id == id && d.CountryId == country.Id, cancellationToken);
        if (definition is null)
        {
            return EditOutcome.NotFound;
        }

        DefinitionMapping.Apply(form, definition);
        return await saver.TrySaveAsync(definition, form.Version, cancellationToken) ? EditOutcome.Saved : EditOutcome.Conflict;
    }

    public async Task<DeleteViewModel?> LoadDeleteAsync(WorkspaceCountry country, int id, CancellationToken cancellationToken)
    {
        var definition = await db.MsmeDefinitions.AsNoTracking()
            .Where(d => d.Id == id && d.CountryId == country.Id)
            .Select(d => new { d.Title.Original, d.Version })
            .FirstOrDefaultAsync(cancellationToken);
        return definition is null ? null : new DeleteViewModel(definition.Original, [], definition.Version);
    }

    public async Task<EditOutcome> DeleteAsync(WorkspaceCountry country, int id, Guid version, CancellationToken cancellationToken)
    {
        var definition = await db.MsmeDefinitions.Include(d => d.Thresholds)
            .FirstOrDefaultAsync(d => d.Id == id && d.CountryId == country.Id, cancellationToken);
        if (definition is null)
        {
            return EditOutcome.NotFound;
        }

        return await saver.TryDeleteAsync(definition, version, cancellationToken) ? EditOutcome.Saved : EditOutcome.Conflict;
    }

    private async Task<Dictionary<string, IReadOnlyList<SelectListItem>>> OptionsAsync(int countryId, CancellationToken cancellationToken)
    {
        var laws = await db.LegalInstruments.AsNoTracking()
            .Where(l => l.CountryId == countryId)
            .OrderBy(l => l.OfficialNumber).ThenBy(l => l.Title.Original)
            .Select(l => new SelectListItem(l.OfficialNumber == null ? l.Title.Original : l.OfficialNumber + " – " + l.Title.Original, l.Id.ToString()))
            .ToListAsync(cancellationToken);
        return new() { [nameof(DefinitionForm.LegalInstrumentId)] = laws };
    }
}

/// <summary>A definition in the section's list.</summary>
public sealed record DefinitionRow(
    int Id, TranslatableText Title, string LegalSource, DefinitionScope Scope, DateOnly? ValidFrom, DateOnly? ValidTo,
    int Thresholds, bool IsSample, string? UpdatedBy, DateTime UpdatedAtUtc);
