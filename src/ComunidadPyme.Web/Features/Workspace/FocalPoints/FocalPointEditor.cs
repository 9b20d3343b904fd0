using ComunidadPyme.Core.Countries;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Web.Features.Workspace.Common;
using ComunidadPyme.Web.Localization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.FocalPoints;

public sealed class FocalPointEditor(AppDbContext db, VersionedSaver saver, WorkspaceText<WorkspaceFocalPointsResource> l)
    : IRecordEditor<WorkspaceCountry, int, FocalPointForm>
{
    public IStringLocalizer Labels => l;

    public async Task<IReadOnlyList<FocalPointRow>> ListAsync(int countryId, CancellationToken cancellationToken) =>
        await db.FocalPoints.AsNoTracking()
            .Where(f => f.CountryId == countryId)
            .OrderBy(f => f.Role).ThenBy(f => f.FullName)
            .Select(f => new FocalPointRow(f.Id, f.FullName, f.Position, f.Institution == null ? null : f.Institution.Name.Original,
                f.Role, f.Email, f.PublicFields, f.LastConfirmedOn, f.IsSample, f.UpdatedBy, f.UpdatedAtUtc))
            .ToListAsync(cancellationToken);

    public async Task<EditorPage<FocalPointForm>?> NewAsync(WorkspaceCountry country, CancellationToken cancellationToken) => new()
    {
        Form = new FocalPointForm { Role = FocalPointRole.Primary, PublicFields = [ContactFields.Name, ContactFields.Position] },
        Options = await OptionsAsync(country.Id, cancellationToken),
    };

    public async Task<EditorPage<FocalPointForm>?> LoadAsync(WorkspaceCountry country, int id, CancellationToken cancellationToken)
    {
        var focalPoint = await db.FocalPoints.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id && f.CountryId == country.Id, cancellationToken);
        return focalPoint is null ? null : new EditorPage<FocalPointForm>
        {
            Id = focalPoint.Id,
            RecordTitle = focalPoint.FullName,
            IsSample = focalPoint.IsSample,
            UpdatedBy = focalPoint.UpdatedBy,
            UpdatedAtUtc = focalPoint.UpdatedAtUtc,
            Options = await OptionsAsync(country.Id, cancellationToken),
            Form = new FocalPointForm
            {
                Version = focalPoint.Version,
                FullName = focalPoint.FullName,
                Position = focalPoint.Position,
                InstitutionId = focalPoint.InstitutionId,
                Email = focalPoint.Email,
                Phone = focalPoint.Phone,
                Role = focalPoint.Role,
                PublicFields = EnumText.Flags(focalPoint.PublicFields),
            },
        };
    }

    public async Task<EditOutcome> CreateAsync(WorkspaceCountry country, FocalPointForm form, CancellationToken cancellationToken)
    {
        var focalPoint = new FocalPoint { CountryId = country.Id };
        Apply(form, focalPoint);
        db.FocalPoints.Add(focalPoint);
        await db.SaveChangesAsync(cancellationToken);
        return EditOutcome.Saved;
    }

    public async Task<EditOutcome> UpdateAsync(WorkspaceCountry country, int id, FocalPointForm form, CancellationToken cancellationToken)
    {
        var focalPoint = await db.FocalPoints.FirstOrDefaultAsync(f => f.Id == id && f.CountryId == country.Id, cancellationToken);
        if (focalPoint is null)
        {
            return EditOutcome.NotFound;
        }

        Apply(form, focalPoint);
        return await saver.TrySaveAsync(focalPoint, form.Version, cancellationToken) ? EditOutcome.Saved : EditOutcome.Conflict;
    }

    public async Task<DeleteViewModel?> LoadDeleteAsync(WorkspaceCountry country, int id, CancellationToken cancellationToken)
    {
        var focalPoint = await db.FocalPoints.AsNoTracking()
            .Where(f => f.Id == id && f.CountryId == country.Id)
            .Select(f => new { f.FullName, f.Version })
            .FirstOrDefaultAsync(cancellationToken);
        return focalPoint is null ? null : new DeleteViewModel(focalPoint.FullName, [], focalPoint.Version);
    }

    public async Task<EditOutcome> DeleteAsync(WorkspaceCountry country, int id, Guid version, CancellationToken cancellationToken) =>
        await saver.DeleteFoundAsync(
            await db.FocalPoints.FirstOrDefaultAsync(f => f.Id == id && f.CountryId == country.Id, cancellationToken),
            version, cancellationToken);

    private async Task<Dictionary<string, IReadOnlyList<SelectListItem>>> OptionsAsync(int countryId, CancellationToken cancellationToken) =>
        new() { [nameof(FocalPointForm.InstitutionId)] = await InstitutionChoices.ListAsync(db, countryId, cancellationToken) };

    private static void Apply(FocalPointForm form, FocalPoint focalPoint)
    {
        focalPoint.FullName = form.FullName!.Trim();
        focalPoint.Position = Blank(form.Position);
        focalPoint.InstitutionId = form.InstitutionId;
        focalPoint.Email = Blank(form.Email);
        focalPoint.Phone = Blank(form.Phone);
        focalPoint.Role = form.Role!.Value;
        focalPoint.PublicFields = EnumText.Combine(form.PublicFields);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>A focal point in the section's list.</summary>
public sealed record FocalPointRow(
    int Id, string FullName, string? Position, string? Institution, FocalPointRole Role, string? Email,
    ContactFields PublicFields, DateOnly? LastConfirmedOn, bool IsSample, string? UpdatedBy, DateTime UpdatedAtUtc);
