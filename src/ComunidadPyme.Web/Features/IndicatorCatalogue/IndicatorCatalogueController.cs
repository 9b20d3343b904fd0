using System.Globalization;
using ComunidadPyme.Core.Security;
using ComunidadPyme.Web.Infrastructure;
using ComunidadPyme.Web.Localization;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.IndicatorCatalogue;

[Authorize(Policy = Policies.Administer)]
[Route("{lang:lang}/admin/indicators")]
public sealed class IndicatorCatalogueController(
    IndicatorCatalogueService catalogue,
    IValidator<IndicatorForm> validator,
    IStringLocalizer<IndicatorCatalogueResource> l) : Controller
{
    // The form is the Form property of the page's model, so its fields are posted and checked as "Form.Code".
    private const string FormPrefix = "Form.";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await catalogue.ListAsync(SupportedCultures.Current, cancellationToken));

    [HttpGet("new")]
    public IActionResult New() => View("Edit", new IndicatorEditViewModel(new IndicatorForm(), []));

    [HttpPost("new")]
    public async Task<IActionResult> Create(IndicatorForm form, CancellationToken cancellationToken)
    {
        form.Id = null;
        if (!await IsValidAsync(form, cancellationToken))
        {
            return View("Edit", new IndicatorEditViewModel(form, []));
        }

        var outcome = await catalogue.CreateAsync(form, CultureInfo.CurrentCulture, cancellationToken);
        if (outcome.CodeTaken)
        {
            ModelState.AddModelError(FormPrefix + nameof(IndicatorForm.Code), l["Another indicator already has the code {0}.", form.Code!]);
            return View("Edit", new IndicatorEditViewModel(form, []));
        }

        TempData.SetStatusMessage(l["The indicator {0} was added to the catalogue.", form.Code!]);
        return RedirectToAction(nameof(Index), new { lang = SupportedCultures.Current });
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        await catalogue.FormAsync(id, CultureInfo.CurrentCulture, cancellationToken) is { } form
            ? View(new IndicatorEditViewModel(form, []))
            : NotFound();

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Update(int id, IndicatorForm form, CancellationToken cancellationToken)
    {
        form.Id = id;
        if (!await IsValidAsync(form, cancellationToken))
        {
            return View("Edit", new IndicatorEditViewModel(form, []));
        }

        var outcome = await catalogue.UpdateAsync(id, form, CultureInfo.CurrentCulture, cancellationToken);
        if (outcome.Id is null)
        {
            return NotFound();
        }

        if (outcome.CodeTaken)
        {
            ModelState.AddModelError(FormPrefix + nameof(IndicatorForm.Code), l["Another indicator already has the code {0}.", form.Code!]);
            return View("Edit", new IndicatorEditViewModel(form, []));
        }

        if (outcome.Theirs is { } theirs)
        {
            // Keep what this administrator typed; saving again now replaces the version shown beside it.
            ModelState.Remove(FormPrefix + nameof(IndicatorForm.Version));
            var differences = IndicatorFieldDifference.Between(theirs, form);
            form.Version = theirs.Version;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Edit", new IndicatorEditViewModel(form, differences));
        }

        TempData.SetStatusMessage(l["The indicator {0} was saved.", form.Code!]);
        return RedirectToAction(nameof(Index), new { lang = SupportedCultures.Current });
    }

    private async Task<bool> IsValidAsync(IndicatorForm form, CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(form, cancellationToken);
        result.AddToModelState(ModelState, "Form");
        return ModelState.IsValid;
    }
}
