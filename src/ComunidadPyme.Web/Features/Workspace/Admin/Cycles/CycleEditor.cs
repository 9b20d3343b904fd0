using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Principles;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Admin.Cycles;

/// <summary>Reporting cycles: when countries may submit progress reports. A cycle with reports is never deleted.</summary>
public sealed class CycleEditor(AppDbContext db, VersionedSaver saver, CycleCarryForward carryForward, WorkspaceText<AdminCyclesResource> l)
    : IRecordEditor<SharedData, int, CycleForm>
{
    public IStringLocalizer Labels => l;

    public async Task<IReadOnlyList<CycleRow>> ListAsync(CancellationToken cancellationToken) =>
        await db.ReportingCycles.AsNoTracking()
            .OrderByDescending(c => c.OpensOn)
            .Select(c => new CycleRow(c.Id, c.Name, c.OpensOn, c.SubmissionDeadline, c.Status,
                db.ProgressReports.Count(r => r.ReportingCycleId == c.Id)))
            .ToListAsync(cancellationToken);

    public Task<EditorPage<CycleForm>?> NewAsync(SharedData scope, CancellationToken cancellationToken) =>
        Task.FromResult<EditorPage<CycleForm>?>(new() { Form = new CycleForm { Status = ReportingCycleStatus.Planned } });

    public async Task<EditorPage<CycleForm>?> LoadAsync(SharedData scope, int id, CancellationToken cancellationToken)
    {
        var cycle = await db.ReportingCycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return cycle is null ? null : new EditorPage<CycleForm>
        {
            Id = cycle.Id,
            RecordTitle = cycle.Name.In(SupportedCultures.Current),
            Form = new CycleForm
            {
                Version = cycle.Version,
                Name = LocalizedTextForm.From(cycle.Name),
                OpensOn = cycle.OpensOn,
                SubmissionDeadline = cycle.SubmissionDeadline,
                Status = cycle.Status,
            },
        };
    }

    public async Task<EditOutcome> CreateAsync(SharedData scope, CycleForm form, CancellationToken cancellationToken)
    {
        var cycle = new ReportingCycle();
        Apply(form, cycle);
        db.ReportingCycles.Add(cycle);
        if (cycle.Status == ReportingCycleStatus.Open)
        {
            await carryForward.AddDraftsAsync(cycle, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return EditOutcome.Saved;
    }

    public async Task<EditOutcome> UpdateAsync(SharedData scope, int id, CycleForm form, CancellationToken cancellationToken)
    {
        var cycle = await db.ReportingCycles.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (cycle is not null)
        {
            var opens = cycle.Status != ReportingCycleStatus.Open && form.Status == ReportingCycleStatus.Open;
            Apply(form, cycle);
            if (opens)
            {
                await carryForward.AddDraftsAsync(cycle, cancellationToken);
            }
        }

        return await saver.SaveFoundAsync(cycle, form.Version, cancellationToken);
    }

    public async Task<DeleteViewModel?> LoadDeleteAsync(SharedData scope, int id, CancellationToken cancellationToken)
    {
        var cycle = await db.ReportingCycles.AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new { c.Name, c.Version, Reports = db.ProgressReports.Count(r => r.ReportingCycleId == c.Id) })
            .FirstOrDefaultAsync(cancellationToken);
        if (cycle is null)
        {
            return null;
        }

        List<string> consequences = cycle.Reports > 0
            ? [l["This cycle has progress reports ({0}), so it cannot be deleted. Close it instead.", cycle.Reports].Value]
            : [];
        return new DeleteViewModel(cycle.Name.In(SupportedCultures.Current), consequences, cycle.Version);
    }

    public async Task<EditOutcome> DeleteAsync(SharedData scope, int id, Guid version, CancellationToken cancellationToken)
    {
        var cycle = await db.ReportingCycles.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (cycle is null)
        {
            return EditOutcome.NotFound;
        }

        if (await db.ProgressReports.AnyAsync(r => r.ReportingCycleId == id, cancellationToken))
        {
            return EditOutcome.Locked;
        }

        return await saver.TryDeleteAsync(cycle, version, cancellationToken) ? EditOutcome.Saved : EditOutcome.Conflict;
    }

    private static void Apply(CycleForm form, ReportingCycle cycle)
    {
        cycle.Name = form.Name.ToValue();
        cycle.OpensOn = form.OpensOn!.Value;
        cycle.SubmissionDeadline = form.SubmissionDeadline!.Value;
        cycle.Status = form.Status!.Value;
    }
}

/// <summary>A cycle in the administrators' list, with how many reports it has.</summary>
public sealed record CycleRow(int Id, LocalizedText Name, DateOnly OpensOn, DateOnly SubmissionDeadline, ReportingCycleStatus Status, int Reports);
