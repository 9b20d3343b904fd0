using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Principles;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Web.Features.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Admin.Principles;

/// <summary>The texts of the sixteen principles and five areas of emphasis; their number and kind are fixed.</summary>
public sealed class PrincipleEditor(AppDbContext db, VersionedSaver saver, WorkspaceText<AdminPrinciplesResource> l)
    : IRecordEditor<SharedData, int, PrincipleForm>
{
    public IStringLocalizer Labels => l;

    public async Task<IReadOnlyList<PrincipleRow>> ListAsync(CancellationToken cancellationToken) =>
        await db.Principles.AsNoTracking()
            .OrderBy(p => p.Kind).ThenBy(p => p.Number)
            .Select(p => new PrincipleRow(p.Id, p.Kind, p.Number, p.ShortTitle,
                p.Text.Es != null && p.Text.Pt != null && p.Text.Fr != null && p.ShortTitle.Es != null && p.ShortTitle.Pt != null && p.ShortTitle.Fr != null))
            .ToListAsync(cancellationToken);

    public async Task<EditorPage<PrincipleForm>?> LoadAsync(SharedData scope, int id, CancellationToken cancellationToken)
    {
        var principle = await db.Principles.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        return principle is null ? null : new EditorPage<PrincipleForm>
        {
            Id = principle.Id,
            RecordTitle = $"{principle.Number}. {principle.ShortTitle.En}",
            Details = principle.Kind,
            Form = new PrincipleForm
            {
                Version = principle.Version,
                ShortTitle = LocalizedTextForm.From(principle.ShortTitle),
                Text = LocalizedTextForm.From(principle.Text),
                ConcernsWomenEntrepreneurs = principle.ConcernsWomenEntrepreneurs,
            },
        };
    }

    public async Task<EditOutcome> UpdateAsync(SharedData scope, int id, PrincipleForm form, CancellationToken cancellationToken)
    {
        var principle = await db.Principles.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (principle is not null)
        {
            principle.ShortTitle = form.ShortTitle.ToValue();
            principle.Text = form.Text.ToValue();
            principle.ConcernsWomenEntrepreneurs = form.ConcernsWomenEntrepreneurs;
        }

        return await saver.SaveFoundAsync(principle, form.Version, cancellationToken);
    }
}

/// <summary>A principle in the administrators' list: whether all its texts are translated.</summary>
public sealed record PrincipleRow(int Id, PrincipleKind Kind, int Number, LocalizedText ShortTitle, bool FullyTranslated);
