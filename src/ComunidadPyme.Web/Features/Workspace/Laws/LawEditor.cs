using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Legal;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Web.Features.Workspace.Common;
using ComunidadPyme.Web.Localization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Laws;

public sealed class LawEditor(AppDbContext db, VersionedSaver saver, LawDocumentFiles documents, WorkspaceText<WorkspaceLawsResource> l)
    : IRecordEditor<WorkspaceCountry, int, LawForm>
{
    public IStringLocalizer Labels => l;

    public async Task<IReadOnlyList<LawRow>> ListAsync(int countryId, CancellationToken cancellationToken) =>
        await db.LegalInstruments.AsNoTracking()
            .Where(i => i.CountryId == countryId)
            .OrderBy(i => i.Type).ThenByDescending(i => i.EnactedOn)
            .Select(i => new LawRow(i.Id, i.Title, i.OfficialNumber, i.Type, i.Status, i.EnactedOn, i.PublishedOn,
                i.DocumentFileName, i.IsSample, i.UpdatedBy, i.UpdatedAtUtc))
            .ToListAsync(cancellationToken);

    public async Task<EditorPage<LawForm>?> NewAsync(WorkspaceCountry country, CancellationToken cancellationToken)
    {
        var language = country.OfficialLanguages.FirstOrDefault() ?? "en";
        return new EditorPage<LawForm>
        {
            Form = new LawForm
            {
                Title = TranslatableTextForm.From(null, language),
                Summary = TranslatableTextForm.From(null, language),
                Status = LegalStatus.InForce,
                Relations = [.. Enumerable.Range(0, LawForm.BlankRelations).Select(_ => new RelationRow())],
            },
            Options = await OptionsAsync(country.Id, id: null, cancellationToken),
        };
    }

    public async Task<EditorPage<LawForm>?> LoadAsync(WorkspaceCountry country, int id, CancellationToken cancellationToken)
    {
        var law = await db.LegalInstruments.AsNoTracking().AsSplitQuery()
            .Include(i => i.Outgoing).Include(i => i.Principles)
            .FirstOrDefaultAsync(i => i.Id == id && i.CountryId == country.Id, cancellationToken);
        return law is null ? null : new EditorPage<LawForm>
        {
            Id = law.Id,
            RecordTitle = law.Title.Original,
            IsSample = law.IsSample,
            UpdatedBy = law.UpdatedBy,
            UpdatedAtUtc = law.UpdatedAtUtc,
            AttachedFileName = law.DocumentStorageKey is null ? null : law.DocumentFileName,
            Options = await OptionsAsync(country.Id, id, cancellationToken),
            Form = LawMapping.ToForm(law),
        };
    }

    public async Task<EditOutcome> CreateAsync(WorkspaceCountry country, LawForm form, CancellationToken cancellationToken)
    {
        var law = new LegalInstrument { CountryId = country.Id };
        LawMapping.Apply(form, law, await db.Principles.Where(p => form.PrincipleIds.Contains(p.Id)).ToListAsync(cancellationToken));
        var stored = await documents.AttachAsync(form, law, cancellationToken);
        db.LegalInstruments.Add(law);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            documents.Discard(stored);
            throw;
        }

        return EditOutcome.Saved;
    }

    public async Task<EditOutcome> UpdateAsync(WorkspaceCountry country, int id, LawForm form, CancellationToken cancellationToken)
    {
        var law = await db.LegalInstruments.AsSplitQuery().Include(i => i.Outgoing).Include(i => i.Principles)
            .FirstOrDefaultAsync(i => i.Id == id && i.CountryId == country.Id, cancellationToken);
        if (law is null)
        {
            return EditOutcome.NotFound;
        }

        LawMapping.Apply(form, law, await db.Principles.Where(p => form.PrincipleIds.Contains(p.Id)).ToListAsync(cancellationToken));
        var stored = await documents.AttachAsync(form, law, cancellationToken);
        if (await saver.TrySaveAsync(law, form.Version, cancellationToken))
        {
            return EditOutcome.Saved;
        }

        documents.Discard(stored);
        return EditOutcome.Conflict;
    }

    public async Task<DeleteViewModel?> LoadDeleteAsync(WorkspaceCountry country, int id, CancellationToken cancellationToken)
    {
        var law = await db.LegalInstruments.AsNoTracking()
            .Where(i => i.Id == id && i.CountryId == country.Id)
            .Select(i => new
            {
                i.Title.Original, i.Version,
                Relations = i.Outgoing.Count + i.Incoming.Count,
                Definitions = db.MsmeDefinitions.Count(d => d.LegalInstrumentId == i.Id),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (law is null)
        {
            return null;
        }

        List<string> consequences = [];
        if (law.Relations > 0)
        {
            consequences.Add(l["Relations with other laws that will be removed: {0}.", law.Relations]);
        }

        if (law.Definitions > 0)
        {
            consequences.Add(l["MSME definitions that will no longer cite it: {0}.", law.Definitions]);
        }

        return new DeleteViewModel(law.Original, consequences, law.Version);
    }

    public async Task<EditOutcome> DeleteAsync(WorkspaceCountry country, int id, Guid version, CancellationToken cancellationToken)
    {
        var law = await db.LegalInstruments.AsSplitQuery().Include(i => i.Outgoing).Include(i => i.Principles)
            .FirstOrDefaultAsync(i => i.Id == id && i.CountryId == country.Id, cancellationToken);
        if (law is null)
        {
            return EditOutcome.NotFound;
        }

        // Relations pointing at it belong to other laws and are not removed by the database; loading those laws
        // (and the definitions that cite it) makes every change explicit and audited.
        await db.LegalInstruments.Where(i => i.Outgoing.Any(r => r.TargetId == id)).Include(i => i.Outgoing).LoadAsync(cancellationToken);
        db.LegalRelations.RemoveRange(db.LegalRelations.Local.Where(r => r.TargetId == id).ToList());
        await db.MsmeDefinitions.Where(d => d.LegalInstrumentId == id).ForEachAsync(d => d.LegalInstrumentId = null, cancellationToken);
        return await saver.TryDeleteAsync(law, version, cancellationToken) ? EditOutcome.Saved : EditOutcome.Conflict;
    }

    private async Task<Dictionary<string, IReadOnlyList<SelectListItem>>> OptionsAsync(int countryId, int? id, CancellationToken cancellationToken)
    {
        var lang = SupportedCultures.Current;
        var laws = await db.LegalInstruments.AsNoTracking()
            .Where(i => i.CountryId == countryId && i.Id != id)
            .OrderBy(i => i.OfficialNumber).ThenBy(i => i.Title.Original)
            .Select(i => new SelectListItem(i.OfficialNumber == null ? i.Title.Original : i.OfficialNumber + " – " + i.Title.Original, i.Id.ToString()))
            .ToListAsync(cancellationToken);
        var principles = (await db.Principles.AsNoTracking().OrderBy(p => p.Kind).ThenBy(p => p.Number).ToListAsync(cancellationToken))
            .Select(p => new SelectListItem(PrincipleLabel.Of(l, p.Kind, p.Number, p.ShortTitle, lang), p.Id.ToString()))
            .ToList();
        return new()
        {
            [nameof(RelationRow.TargetId)] = laws,
            [nameof(LawForm.PrincipleIds)] = principles,
        };
    }
}

/// <summary>A law in the section's list.</summary>
public sealed record LawRow(
    int Id, TranslatableText Title, string? OfficialNumber, LegalInstrumentType Type, LegalStatus Status, DateOnly? EnactedOn, DateOnly? PublishedOn,
    string? DocumentFileName, bool IsSample, string? UpdatedBy, DateTime UpdatedAtUtc)
{
    public int? Year => (EnactedOn ?? PublishedOn)?.Year;
}
