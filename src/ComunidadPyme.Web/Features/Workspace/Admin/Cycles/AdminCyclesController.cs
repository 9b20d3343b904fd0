using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Web.Features.Workspace.Common;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Admin.Cycles;

[Route("{lang:lang}/admin/cycles")]
public sealed class AdminCyclesController(CycleEditor editor, IValidator<CycleForm> validator, IStringLocalizer<EditingResource> text)
    : AdminRecordsController<int, CycleForm>(editor, validator, text)
{
    protected override string PageLayout => CountryWorkspaceController.WorkspaceLayout;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await editor.ListAsync(cancellationToken));
}
