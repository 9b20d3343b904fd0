using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Web.Features.Workspace.Common;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Admin.Principles;

/// <summary>The principles' texts; their number and kind are fixed, so there is no page to add or delete one.</summary>
[Route("{lang:lang}/admin/principles")]
public sealed class AdminPrinciplesController(PrincipleEditor editor, IValidator<PrincipleForm> validator, IStringLocalizer<EditingResource> text)
    : AdminRecordsController<int, PrincipleForm>(editor, validator, text)
{
    protected override string PageLayout => CountryWorkspaceController.WorkspaceLayout;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await editor.ListAsync(cancellationToken));
}
