using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Countries;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Web.Features.Workspace.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Institutions;

public sealed class InstitutionEditor(AppDbContext db, VersionedSaver saver, WorkspaceText<WorkspaceInstitutionsResource> l)
    : IRecordEditor<WorkspaceCountry, int, InstitutionForm>
{
    public IStringLocalizer Labels => l;

    public async Task<IReadOnlyList<InstitutionRow>> ListAsync(int countryId, CancellationToken cancellationToken) =>
        await db.Institutions.AsNoTracking()
            .Where(i => i.CountryId == countryId)
            .OrderBy(i => i.Name.Original)
            .Select(i => new InstitutionRow(i.Id, i.Name, i.Acronym, i.Kind, i.WebsiteUrl, i.FocalPoints.Count,
                i.IsSample, i.UpdatedBy, i.UpdatedAtUtc))
            .ToListAsync(cancellationToken);

    public Task<EditorPage<InstitutionForm>?> NewAsync(WorkspaceCountry country, CancellationToken cancellationToken) =>
        Task.FromResult<EditorPage<InstitutionForm>?>(new EditorPage<InstitutionForm>
        {
            Form = new InstitutionForm
            {
                Name = TranslatableTextForm.From(null, country.OfficialLanguages.FirstOrDefault() ?? "en"),
                Mandate = TranslatableTextForm.From(null, country.OfficialLanguages.FirstOrDefault() ?? "en"),
            },
        });

    public async Task<EditorPage<InstitutionForm>?> LoadAsync(WorkspaceCountry country, int id, CancellationToken cancellationToken)
    {
        var institution = await db.Institutions.AsNoTracking()
            .FirstOrDefaultAsync(i => i.Id == id && i.CountryId == country.Id, cancellationToken);
        if (institution is null)
        {
            return null;
        }

        var language = institution.Name.Language;
        return new EditorPage<InstitutionForm>
        {
            Id = institution.Id,
            RecordTitle = institution.Name.Original,
            IsSample = institution.IsSample,
            UpdatedBy = institution.UpdatedBy,
            UpdatedAtUtc = institution.UpdatedAtUtc,
            Form = new InstitutionForm
            {
                Version = institution.Version,
                Name = TranslatableTextForm.From(institution.Name, language),
                Acronym = institution.Acronym,
                Kind = institution.Kind,
                WebsiteUrl = institution.WebsiteUrl,
                Mandate = TranslatableTextForm.From(institution.Mandate, language),
            },
        };
    }

    public async Task<EditOutcome> CreateAsync(WorkspaceCountry country, InstitutionForm form, CancellationToken cancellationToken)
    {
        var institution = new Institution { CountryId = country.Id };
        Apply(form, institution);
        db.Institutions.Add(institution);
        await db.SaveChangesAsync(cancellationToken);
        return EditOutcome.Saved;
    }

    public async Task<EditOutcome> UpdateAsync(WorkspaceCountry country, int id, InstitutionForm form, CancellationToken cancellationToken)
    {
        var institution = await db.Institutions.FirstOrDefaultAsync(i => i.Id == id && i.CountryId == country.Id, cancellationToken);
        if (institution is null)
        {
            return EditOutcome.NotFound;
        }

        Apply(form, institution);
        return await saver.TrySaveAsync(institution, form.Version, cancellationToken) ? EditOutcome.Saved : EditOutcome.Conflict;
    }

    public async Task<DeleteViewModel?> LoadDeleteAsync(WorkspaceCountry country, int id, CancellationToken cancellationToken)
    {
        var institution = await db.Institutions.AsNoTracking()
            .Where(i => i.Id == id && i.CountryId == country.Id)
            .Select(i => new
            {
                i.Name.Original, i.Version, FocalPoints = i.FocalPoints.Count,
                Programmes = db.SupportProgrammes.Count(p => p.InstitutionId == i.Id),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (institution is null)
        {
            return null;
        }

        List<string> consequences = [];
        if (institution.FocalPoints > 0)
        {
            consequences.Add(l["Focal points that will no longer be linked to an institution: {0}.", institution.FocalPoints]);
        }

        if (institution.Programmes > 0)
        {
            consequences.Add(l["Programmes that will no longer name this institution: {0}.", institution.Programmes]);
        }

        return new DeleteViewModel(institution.Original, consequences, institution.Version);
    }

    public async Task<EditOutcome> DeleteAsync(WorkspaceCountry country, int id, Guid version, CancellationToken cancellationToken)
    {
        var institution = await db.Institutions.Include(i => i.FocalPoints)
            .FirstOrDefaultAsync(i => i.Id == id && i.CountryId == country.Id, cancellationToken);
        if (institution is null)
        {
            return EditOutcome.NotFound;
        }

        // Loaded so that unlinking them is audited, not done silently by the database.
        await db.SupportProgrammes.Where(p => p.InstitutionId == id).LoadAsync(cancellationToken);
        return await saver.TryDeleteAsync(institution, version, cancellationToken) ? EditOutcome.Saved : EditOutcome.Conflict;
    }

    private static void Apply(InstitutionForm form, Institution institution)
    {
        institution.Name = form.Name.ToValue(rich: false)!;
        institution.Acronym = Blank(form.Acronym);
        institution.Kind = form.Kind!.Value;
        institution.WebsiteUrl = Blank(form.WebsiteUrl);
        institution.Mandate = form.Mandate.ToValue(rich: true);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>An institution in the section's list.</summary>
public sealed record InstitutionRow(
    int Id, TranslatableText Name, string? Acronym, InstitutionKind Kind, string? WebsiteUrl, int FocalPoints,
    bool IsSample, string? UpdatedBy, DateTime UpdatedAtUtc);
