using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Web.Features.Workspace.Common;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Workspace.Admin.Principles;

/// <summary>The texts of the sixteen principles and five areas of emphasis; their number and kind are fixed.</summary>
public sealed class PrincipleEditor(AppDbContext db, VersionedSaver saver)
{
    public async Task<IReadOnlyList<PrincipleRow>> ListAsync(CancellationToken cancellationToken) =>
        await db.Principles.AsNoTracking()
            .OrderBy(p => p.Kind).ThenBy(p => p.Number)
            .Select(p => new PrincipleRow(p.Id, p.Kind, p.Number, p.ShortTitle,
                p.Text.Es != null && p.Text.Pt != null && p.Text.Fr != null && p.ShortTitle.Es != null && p.ShortTitle.Pt != null && p.ShortTitle.Fr != null))
            .ToListAsync(cancellationToken);

    public async Task<EditorPage<PrincipleForm>?> LoadAsync(int id, CancellationToken cancellationToken)
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
            },
        };
    }

    public async Task<EditOutcome> UpdateAsync(int id, PrincipleForm form, CancellationToken cancellationToken)
    {
        var principle = await db.Principles.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (principle is null)
        {
            return EditOutcome.NotFound;
        }

        // New instances, so EF compares every language against what was saved.
        var shortTitle = new Core.Common.LocalizedText();
        form.ShortTitle.CopyTo(shortTitle);
        var text = new Core.Common.LocalizedText();
        form.Text.CopyTo(text);
        principle.ShortTitle = shortTitle;
        principle.Text = text;
        return await saver.TrySaveAsync(principle, form.Version, cancellationToken) ? EditOutcome.Saved : EditOutcome.Conflict;
    }
}
