using ComunidadPyme.Web.Features.Workspace.Common;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace ComunidadPyme.Web.Features.Workspace.Admin.Cycles;

[Route("{lang:lang}/admin/cycles")]
public sealed class AdminCyclesController(CycleEditor editor, IValidator<CycleForm> validator) : AdminControllerBase
{
    private string ListUrl => Links.Admin(Lang, WorkspaceSections.Cycles);

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await editor.ListAsync(cancellationToken));

    [HttpGet("new")]
    public IActionResult Create() => View("Edit", editor.New());

    [HttpPost("new")]
    public async Task<IActionResult> Create(CycleForm form, CancellationToken cancellationToken)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState, cancellationToken))
        {
            return View("Edit", editor.New().WithForm(form));
        }

        await editor.CreateAsync(form, cancellationToken);
        Notice(Text["Saved. The public pages show the change now."]);
        return Redirect(ListUrl);
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        await editor.LoadAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    [HttpPost("{id:int}/edit")]
    public Task<IActionResult> Edit(int id, CycleForm form, CancellationToken cancellationToken) =>
        SaveEditAsync(id, form, ListUrl, validator, editor.LoadAsync, editor.UpdateAsync, cancellationToken);

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken) =>
        await editor.LoadDeleteAsync(id, cancellationToken) is { } page ? View(DeleteView, page) : NotFound();

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, [FromForm] Guid version, CancellationToken cancellationToken)
    {
        switch (await editor.DeleteAsync(id, version, cancellationToken))
        {
            case EditOutcome.Saved:
                Notice(Text["Deleted."]);
                return Redirect(ListUrl);
            case EditOutcome.Conflict when await editor.LoadDeleteAsync(id, cancellationToken) is { } page:
                Response.StatusCode = StatusCodes.Status409Conflict;
                return View(DeleteView, page with { ChangedMeanwhile = true });
            case EditOutcome.Locked when await editor.LoadDeleteAsync(id, cancellationToken) is { } page:
                Response.StatusCode = StatusCodes.Status409Conflict;
                return View(DeleteView, page);
            default:
                return NotFound();
        }
    }
}
