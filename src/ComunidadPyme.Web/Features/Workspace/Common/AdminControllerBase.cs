using ComunidadPyme.Core.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ComunidadPyme.Web.Features.Workspace.Common;

/// <summary>Base of the administrators' pages (principles, reporting cycles): shared data, no country.</summary>
[Authorize(Policy = Policies.Administer)]
public abstract class AdminControllerBase : WorkspaceControllerBase
{
    /// <summary>
    /// The save step every administrator's edit form shares: validate, save against the loaded version,
    /// and show the conflict page with both versions when someone saved in between.
    /// </summary>
    protected async Task<IActionResult> SaveEditAsync<TForm>(
        int id,
        TForm form,
        string listUrl,
        IValidator<TForm> validator,
        Func<int, CancellationToken, Task<EditorPage<TForm>?>> load,
        Func<int, TForm, CancellationToken, Task<EditOutcome>> update,
        CancellationToken cancellationToken)
        where TForm : class, IVersionedForm
    {
        if (await load(id, cancellationToken) is not { } saved)
        {
            return NotFound();
        }

        if (!await validator.ValidateIntoAsync(form, ModelState, cancellationToken))
        {
            return View(saved.WithForm(form));
        }

        switch (await update(id, form, cancellationToken))
        {
            case EditOutcome.Saved:
                Notice(Text["Saved. The public pages show the change now."]);
                return Redirect(listUrl);
            case EditOutcome.Conflict when await load(id, cancellationToken) is { } theirs:
                return ConflictPage(theirs.RecordTitle ?? string.Empty, theirs.Form, form, theirs.Form.Version,
                    $"{listUrl}/{id}/edit", null, null);
            default:
                return NotFound();
        }
    }
}
