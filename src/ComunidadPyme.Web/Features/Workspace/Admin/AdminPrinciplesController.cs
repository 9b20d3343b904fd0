using ComunidadPyme.Web.Features.Workspace.Common;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace ComunidadPyme.Web.Features.Workspace.Admin;

[Route("{lang:lang}/admin/principles")]
public sealed class AdminPrinciplesController(PrincipleEditor editor, IValidator<PrincipleForm> validator) : AdminControllerBase
{
    private static string ListUrl => WorkspaceUrls.Admin(Lang, WorkspaceSections.Principles);

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await editor.ListAsync(cancellationToken));

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        await editor.LoadAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, PrincipleForm form, CancellationToken cancellationToken)
    {
        if (await editor.LoadAsync(id, cancellationToken) is not { } saved)
        {
            return NotFound();
        }

        if (!await validator.ValidateIntoAsync(form, ModelState, cancellationToken))
        {
            return View(saved.WithForm(form));
        }

        switch (await editor.UpdateAsync(id, form, cancellationToken))
        {
            case EditOutcome.Saved:
                Notice(Text["Saved. The public pages show the change now."]);
                return Redirect(ListUrl);
            case EditOutcome.Conflict when await editor.LoadAsync(id, cancellationToken) is { } theirs:
                return ConflictPage(theirs.RecordTitle ?? string.Empty, theirs.Form, form, theirs.Form.Version,
                    $"{ListUrl}/{id}/edit", null, null);
            default:
                return NotFound();
        }
    }
}
