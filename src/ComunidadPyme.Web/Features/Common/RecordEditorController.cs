using ComunidadPyme.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Common;

/// <summary>
/// The create, edit and delete pages of one kind of record, written once for every editor of the portal
/// (country records, the administrators' cycles and principles, the indicator catalogue, accounts). A post is
/// validated with messages next to the fields, its choices are checked against the page's options and the
/// editor's database checks, and it is saved against the version the person loaded: if someone saved in
/// between, the conflict page (409) shows both versions. A delete asks for confirmation and is refused on a
/// stale version. The database context audits every save. After a save the list page shows a status message.
/// Derived controllers give the route prefix, the scope, the list page (<c>Index</c>) and the Edit view.
/// </summary>
[EditorRoutes]
public abstract class RecordEditorController<TScope, TKey, TForm>(
    IRecordEditor<TScope, TKey, TForm> editor, IValidator<TForm> validator, IStringLocalizer<EditingResource> text)
    : Controller
    where TKey : notnull
    where TForm : class, IVersionedForm
{
    private const string EditView = "Edit";

    /// <summary>The records these pages may touch: the authorised country, or <see cref="SharedData"/>.</summary>
    protected abstract TScope Scope { get; }

    /// <summary>The layout of the shared conflict and delete pages; null for the site's own.</summary>
    protected virtual string? PageLayout => null;

    /// <summary>The status message after a save; <paramref name="page"/> is the page the form was posted from.</summary>
    protected virtual string SavedMessage(TForm form, EditorPage<TForm> page) => text["Saved. The public pages show the change now."];

    [HttpGet]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        await editor.NewAsync(Scope, cancellationToken) is { } page ? View(EditView, page) : NotFound();

    [HttpPost]
    public async Task<IActionResult> Create(TForm form, CancellationToken cancellationToken)
    {
        if (await editor.NewAsync(Scope, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        var problems = () => editor.ProblemsOfNewAsync(Scope, form, cancellationToken);
        if (!await IsValidAsync(form, page, problems, cancellationToken))
        {
            return View(EditView, page.WithForm(form));
        }

        if (await editor.CreateAsync(Scope, form, cancellationToken) == EditOutcome.Refused)
        {
            AddProblems(await problems());
            return View(EditView, page.WithForm(form));
        }

        return ToList(SavedMessage(form, page));
    }

    [HttpGet]
    public async Task<IActionResult> Edit(TKey id, CancellationToken cancellationToken) =>
        await editor.LoadAsync(Scope, id, cancellationToken) is { } page ? View(EditView, page) : NotFound();

    [HttpPost]
    public async Task<IActionResult> Edit(TKey id, TForm form, CancellationToken cancellationToken)
    {
        if (await editor.LoadAsync(Scope, id, cancellationToken) is not { } saved)
        {
            return NotFound();
        }

        if (saved.IsLocked)
        {
            return Locked(saved);
        }

        var problems = () => editor.ProblemsAsync(Scope, id, form, cancellationToken);
        if (!await IsValidAsync(form, saved, problems, cancellationToken))
        {
            return View(EditView, saved.WithForm(form));
        }

        switch (await editor.UpdateAsync(Scope, id, form, cancellationToken))
        {
            case EditOutcome.Saved:
                return ToList(SavedMessage(form, saved));
            case EditOutcome.Refused:
                AddProblems(await problems());
                return View(EditView, saved.WithForm(form));
            case EditOutcome.Conflict when await editor.LoadAsync(Scope, id, cancellationToken) is { } theirs:
                return this.ConflictPage(theirs, form, EditUrl(id), editor.Labels, PageLayout);
            case EditOutcome.Locked when await editor.LoadAsync(Scope, id, cancellationToken) is { } locked:
                return Locked(locked);
            default:
                return NotFound();
        }
    }

    [HttpGet]
    public async Task<IActionResult> Delete(TKey id, CancellationToken cancellationToken) =>
        await editor.LoadDeleteAsync(Scope, id, cancellationToken) is { } page ? ConfirmDelete(page, StatusCodes.Status200OK) : NotFound();

    [HttpPost]
    public async Task<IActionResult> Delete(TKey id, [FromForm] Guid version, CancellationToken cancellationToken)
    {
        switch (await editor.DeleteAsync(Scope, id, version, cancellationToken))
        {
            case EditOutcome.Saved:
                return ToList(text["Deleted."]);
            case EditOutcome.Conflict when await editor.LoadDeleteAsync(Scope, id, cancellationToken) is { } page:
                return ConfirmDelete(page with { ChangedMeanwhile = true }, StatusCodes.Status409Conflict);
            case EditOutcome.Locked when await editor.LoadDeleteAsync(Scope, id, cancellationToken) is { } page:
                // The page's consequences say why (a cycle that has reports).
                return ConfirmDelete(page, StatusCodes.Status409Conflict);
            default:
                return NotFound();
        }
    }

    private async Task<bool> IsValidAsync(
        TForm form, EditorPage<TForm> page, Func<Task<IReadOnlyList<FieldProblem>>> problems, CancellationToken cancellationToken)
    {
        await validator.ValidateIntoAsync(form, ModelState, cancellationToken);
        OptionChecks.Validate(form, page.Options, ModelState, text);
        AddProblems(await problems());
        return ModelState.IsValid;
    }

    private void AddProblems(IEnumerable<FieldProblem> problems)
    {
        foreach (var problem in problems)
        {
            ModelState.AddModelError($"{FormValidation.Prefix}.{problem.Field}", problem.Message);
        }
    }

    private ViewResult Locked(EditorPage<TForm> page)
    {
        var result = View(EditView, page);
        result.StatusCode = StatusCodes.Status409Conflict;
        return result;
    }

    private ViewResult ConfirmDelete(DeleteViewModel page, int statusCode) =>
        this.DeletePage(page with { CancelUrl = Url.Action("Index", AddressValues())! }, statusCode, PageLayout);

    private RedirectToActionResult ToList(string message)
    {
        TempData.SetStatusMessage(message);
        return RedirectToAction("Index", AddressValues());
    }

    /// <summary>The values of this page's address that its list shares (language, country), without the record's id.</summary>
    private RouteValueDictionary AddressValues()
    {
        var values = new RouteValueDictionary();
        foreach (var (key, value) in RouteData.Values)
        {
            if (key is not ("controller" or "action" or "id"))
            {
                values[key] = value;
            }
        }

        return values;
    }

    private string EditUrl(TKey id)
    {
        var values = AddressValues();
        values["id"] = id;
        return Url.Action(nameof(Edit), values)!;
    }
}
