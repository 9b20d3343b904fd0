using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Programmes;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Web.Features.Workspace.Common;
using ComunidadPyme.Web.Localization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Programmes;

public sealed class ProgrammeEditor(AppDbContext db, VersionedSaver saver, WorkspaceText<WorkspaceProgrammesResource> l)
    : IRecordEditor<WorkspaceCountry, int, ProgrammeForm>
{
    public IStringLocalizer Labels => l;

    public async Task<IReadOnlyList<ProgrammeRow>> ListAsync(int countryId, CancellationToken cancellationToken) =>
        await db.SupportProgrammes.AsNoTracking()
            .Where(p => p.CountryId == countryId)
            .OrderBy(p => p.Name.Original)
            .Select(p => new ProgrammeRow(p.Id, p.Name, p.Type, p.Institution == null ? null : p.Institution.Name.Original,
                p.StartsOn, p.EndsOn, p.IsSample, p.UpdatedBy, p.UpdatedAtUtc))
            .ToListAsync(cancellationToken);

    public async Task<EditorPage<ProgrammeForm>?> NewAsync(WorkspaceCountry country, CancellationToken cancellationToken)
    {
        var language = country.OfficialLanguages.FirstOrDefault() ?? "en";
        return new EditorPage<ProgrammeForm>
        {
            Form = new ProgrammeForm
            {
                Name = TranslatableTextForm.From(null, language),
                Description = TranslatableTextForm.From(null, language),
                TargetGroups = [TargetGroups.AllMsmes],
            },
            Options = await OptionsAsync(country.Id, cancellationToken),
        };
    }

    public async Task<EditorPage<ProgrammeForm>?> LoadAsync(WorkspaceCountry country, int id, CancellationToken cancellationToken)
    {
        var programme = await db.SupportProgrammes.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.CountryId == country.Id, cancellationToken);
        return programme is null ? null : new EditorPage<ProgrammeForm>
        {
            Id = programme.Id,
            RecordTitle = programme.Name.Original,
            IsSample = programme.IsSample,
            UpdatedBy = programme.UpdatedBy,
            UpdatedAtUtc = programme.UpdatedAtUtc,
            Options = await OptionsAsync(country.Id, cancellationToken),
            Form = new ProgrammeForm
            {
                Version = programme.Version,
                Name = TranslatableTextForm.From(programme.Name, programme.Name.Language),
                Type = programme.Type,
                InstitutionId = programme.InstitutionId,
                TargetGroups = EnumText.Flags(programme.TargetGroups),
                Url = programme.Url,
                StartsOn = programme.StartsOn,
                EndsOn = programme.EndsOn,
                Description = TranslatableTextForm.From(programme.Description, programme.Name.Language),
            },
        };
    }

    public async Task<EditOutcome> CreateAsync(WorkspaceCountry country, ProgrammeForm form, CancellationToken cancellationToken)
    {
        var programme = new SupportProgramme { CountryId = country.Id };
        Apply(form, programme);
        db.SupportProgrammes.Add(programme);
        await db.SaveChangesAsync(cancellationToken);
        return EditOutcome.Saved;
    }

    public async Task<EditOutcome> UpdateAsync(WorkspaceCountry country, int id, ProgrammeForm form, CancellationToken cancellationToken)
    {
        var programme = await db.SupportProgrammes.FirstOrDefaultAsync(p => p.Id == id && p.CountryId == country.Id, cancellationToken);
        if (programme is null)
        {
            return EditOutcome.NotFound;
        }

        Apply(form, programme);
        return await saver.TrySaveAsync(programme, form.Version, cancellationToken) ? EditOutcome.Saved : EditOutcome.Conflict;
    }

    public async Task<DeleteViewModel?> LoadDeleteAsync(WorkspaceCountry country, int id, CancellationToken cancellationToken)
    {
        var programme = await db.SupportProgrammes.AsNoTracking()
            .Where(p => p.Id == id && p.CountryId == country.Id)
            .Select(p => new { p.Name.Original, p.Version })
            .FirstOrDefaultAsync(cancellationToken);
        return programme is null ? null : new DeleteViewModel(programme.Original, [], programme.Version);
    }

    public async Task<EditOutcome> DeleteAsync(WorkspaceCountry country, int id, Guid version, CancellationToken cancellationToken) =>
        await saver.DeleteFoundAsync(
            await db.SupportProgrammes.FirstOrDefaultAsync(p => p.Id == id && p.CountryId == country.Id, cancellationToken),
            version, cancellationToken);

    private async Task<Dictionary<string, IReadOnlyList<SelectListItem>>> OptionsAsync(int countryId, CancellationToken cancellationToken) =>
        new() { [nameof(ProgrammeForm.InstitutionId)] = await InstitutionChoices.ListAsync(db, countryId, cancellationToken) };

    private static void Apply(ProgrammeForm form, SupportProgramme programme)
    {
        programme.Name = form.Name.ToValue(rich: false)!;
        programme.Type = form.Type!.Value;
        programme.InstitutionId = form.InstitutionId;
        programme.TargetGroups = EnumText.Combine(form.TargetGroups);
        programme.Url = string.IsNullOrWhiteSpace(form.Url) ? null : form.Url.Trim();
        programme.StartsOn = form.StartsOn;
        programme.EndsOn = form.EndsOn;
        programme.Description = form.Description.ToValue(rich: true);
    }
}

/// <summary>A programme in the section's list.</summary>
public sealed record ProgrammeRow(
    int Id, TranslatableText Name, ProgrammeType Type, string? Institution, DateOnly? StartsOn, DateOnly? EndsOn,
    bool IsSample, string? UpdatedBy, DateTime UpdatedAtUtc);
