using ComunidadPyme.Web.Features.Workspace.Common;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace ComunidadPyme.Web.Features.Workspace.Admin.Principles;

[Route("{lang:lang}/admin/principles")]
public sealed class AdminPrinciplesController(PrincipleEditor editor, IValidator<PrincipleForm> validator) : AdminControllerBase
{
    private string ListUrl => Links.Admin(Lang, WorkspaceSections.Principles);

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await editor.ListAsync(cancellationToken));

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        await editor.LoadAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    [HttpPost("{id:int}/edit")]
    public Task<IActionResult> Edit(int id, PrincipleForm form, CancellationToken cancellationToken) =>
        SaveEditAsync(id, form, ListUrl, validator, editor.LoadAsync, editor.UpdateAsync, cancellationToken);
}
