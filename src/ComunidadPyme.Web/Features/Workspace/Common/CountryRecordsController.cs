using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace ComunidadPyme.Web.Features.Workspace.Common;

/// <summary>
/// The create, edit and delete pages of one kind of country record, written once: validation with messages
/// next to the fields, choices checked against the country's own records, conflict page on a stale save,
/// confirmation page before a delete. Derived controllers add the list page and their own route prefix.
/// </summary>
public abstract class CountryRecordsController<TForm>(ICountryRecordEditor<TForm> editor, IValidator<TForm> validator)
    : CountryWorkspaceController
    where TForm : class, IVersionedForm
{
    protected abstract string Section { get; }

    /// <summary>The record's title as people know it, for the conflict page.</summary>
    protected abstract string TitleOf(EditorPage<TForm> page);

    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View("Edit", await editor.NewAsync(Country, cancellationToken));

    [HttpPost("new")]
    public async Task<IActionResult> Create(TForm form, CancellationToken cancellationToken)
    {
        var page = await editor.NewAsync(Country, cancellationToken);
        if (!await IsValidAsync(form, page, id: null, cancellationToken))
        {
            return View("Edit", page.WithForm(form));
        }

        await editor.CreateAsync(Country, form, cancellationToken);
        Notice(Text["Saved. The public pages show the change now."]);
        return Redirect(SectionUrl(Section));
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        await editor.LoadAsync(Country, id, cancellationToken) is { } page ? View("Edit", page) : NotFound();

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, TForm form, CancellationToken cancellationToken)
    {
        if (await editor.LoadAsync(Country, id, cancellationToken) is not { } saved)
        {
            return NotFound();
        }

        if (saved.IsLocked)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Edit", saved);
        }

        if (!await IsValidAsync(form, saved, id, cancellationToken))
        {
            return View("Edit", saved.WithForm(form));
        }

        switch (await editor.UpdateAsync(Country, id, form, cancellationToken))
        {
            case EditOutcome.Saved:
                Notice(Text["Saved. The public pages show the change now."]);
                return Redirect(SectionUrl(Section));
            case EditOutcome.Conflict when await editor.LoadAsync(Country, id, cancellationToken) is { } theirs:
                return ConflictPage(TitleOf(theirs), theirs.Form, form, theirs.Form.Version,
                    RecordUrl(Section, id, "edit"), theirs.UpdatedBy, theirs.UpdatedAtUtc, theirs.Options);
            case EditOutcome.Locked:
                return StatusCode(StatusCodes.Status409Conflict);
            default:
                return NotFound();
        }
    }

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken) =>
        await editor.LoadDeleteAsync(Country, id, cancellationToken) is { } page
            ? View(DeleteView, page)
            : NotFound();

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, [FromForm] Guid version, CancellationToken cancellationToken)
    {
        switch (await editor.DeleteAsync(Country, id, version, cancellationToken))
        {
            case EditOutcome.Saved:
                Notice(Text["Deleted."]);
                return Redirect(SectionUrl(Section));
            case EditOutcome.Conflict when await editor.LoadDeleteAsync(Country, id, cancellationToken) is { } page:
                Response.StatusCode = StatusCodes.Status409Conflict;
                return View(DeleteView, page with { ChangedMeanwhile = true });
            case EditOutcome.Locked:
                return StatusCode(StatusCodes.Status409Conflict);
            default:
                return NotFound();
        }
    }

    private async Task<bool> IsValidAsync(TForm form, EditorPage<TForm> page, int? id, CancellationToken cancellationToken)
    {
        await validator.ValidateIntoAsync(form, ModelState, cancellationToken);
        OptionChecks.Validate(form, page.Options, ModelState, Text);
        foreach (var problem in await editor.ProblemsAsync(Country, id, form, cancellationToken))
        {
            ModelState.AddModelError($"{FormValidation.Prefix}.{problem.Field}", problem.Message);
        }

        return ModelState.IsValid;
    }
}
