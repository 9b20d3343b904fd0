using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Core.Principles;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Web.Features.Workspace.Common;
using ComunidadPyme.Web.Localization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Progress;

/// <summary>What a new report may be about: any principle, in an open cycle, once per country and cycle.</summary>
public sealed class ProgressChoices(AppDbContext db, WorkspaceText<WorkspaceProgressResource> l)
{
    public async Task<Dictionary<string, IReadOnlyList<SelectListItem>>> OptionsAsync(CancellationToken cancellationToken)
    {
        var lang = SupportedCultures.Current;
        var principles = (await db.Principles.AsNoTracking().OrderBy(p => p.Kind).ThenBy(p => p.Number).ToListAsync(cancellationToken))
            .Select(p => new SelectListItem(PrincipleLabel.Of(l, p.Kind, p.Number, p.ShortTitle, lang), p.Id.ToString()))
            .ToList();
        var cycles = (await db.ReportingCycles.AsNoTracking()
                .Where(c => c.Status == ReportingCycleStatus.Open).OrderByDescending(c => c.OpensOn).ToListAsync(cancellationToken))
            .Select(c => new SelectListItem(c.Name.In(lang), c.Id.ToString()))
            .ToList();
        return new()
        {
            [nameof(ProgressForm.PrincipleId)] = principles,
            [nameof(ProgressForm.ReportingCycleId)] = cycles,
        };
    }

    public async Task<IReadOnlyList<FieldProblem>> ProblemsOfNewReportAsync(WorkspaceCountry country, ProgressForm form, CancellationToken cancellationToken)
    {
        List<FieldProblem> problems = [];
        if (form.PrincipleId is null)
        {
            problems.Add(new FieldProblem(nameof(ProgressForm.PrincipleId), l["Choose one of the options."]));
        }

        if (form.ReportingCycleId is null)
        {
            problems.Add(new FieldProblem(nameof(ProgressForm.ReportingCycleId), l["Choose one of the options."]));
        }
        else if (form.PrincipleId is { } principleId && await db.ProgressReports.AnyAsync(
                     r => r.CountryId == country.Id && r.PrincipleId == principleId && r.ReportingCycleId == form.ReportingCycleId, cancellationToken))
        {
            problems.Add(new FieldProblem(nameof(ProgressForm.PrincipleId), l["There is already a report on this principle for this cycle."]));
        }

        return problems;
    }
}
