using System.Globalization;
using ComunidadPyme.Web.Infrastructure;
using ComunidadPyme.Web.Localization;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Http.Extensions;
using ComunidadPyme.Web.Features.Workspace.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Observations.Grid;

[Route("{lang:lang}/workspace/{iso2:length(2)}/observations")]
public sealed class ObservationsController(
    ObservationCatalogue catalogue,
    ObservationGridReader reader,
    ObservationGridWriter writer,
    IValidator<ObservationGridQuery> queryValidator,
    IValidator<ObservationDraft> draftValidator,
    IStringLocalizer<ObservationsResource> l,
    TimeProvider clock) : CountryWorkspaceController
{
    // Each cell posts up to seven fields; 30 years of a catalogue of a few hundred indicators must fit.
    private const int MaxFormValues = 100_000;

    [HttpGet("")]
    [ReadableByCountryReaders]
    public async Task<IActionResult> Index([FromQuery] ObservationGridQuery query, CancellationToken cancellationToken)
    {
        var range = await RangeAsync(query, cancellationToken);
        return View(await reader.ReadAsync(Country, query, range, null, [], cancellationToken));
    }

    [HttpPost("")]
    [RequestFormLimits(ValueCountLimit = MaxFormValues)]
    public async Task<IActionResult> Save(
        [FromQuery] ObservationGridQuery query, ObservationGridInput input, CancellationToken cancellationToken)
    {
        var range = await RangeAsync(query, cancellationToken);
        var indicators = (await catalogue.IndicatorsAsync(SupportedCultures.Current, cancellationToken))
            .Where(ObservationCatalogue.FitsTheGrid).ToDictionary(i => i.Id);
        var changes = ObservationGridPlanner.Changes(input, indicators, CultureInfo.CurrentCulture);
        foreach (var change in changes.Where(c => c.Draft is not null))
        {
            (await draftValidator.ValidateAsync(change.Draft!, cancellationToken))
                .AddToModelState(ModelState, $"Cells[{change.Key}]");
        }

        if (!ModelState.IsValid)
        {
            return View(nameof(Index), await reader.ReadAsync(Country, query, range, input, [], cancellationToken));
        }

        var outcome = await writer.SaveAsync(Country, changes, cancellationToken);
        if (!outcome.Saved)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View(nameof(Index), await reader.ReadAsync(Country, query, range, input, outcome.Conflicts, cancellationToken));
        }

        TempData.SetStatusMessage(changes.Count == 0
            ? l["Nothing to save: no value was changed."]
            : l["Saved. Added: {0}; changed: {1}; deleted: {2}.", outcome.Added, outcome.Updated, outcome.Deleted]);
        return LocalRedirect(Request.GetEncodedPathAndQuery());
    }

    /// <summary>The range asked for, or the last ten years with the reasons next to the filter.</summary>
    private async Task<GridRange> RangeAsync(ObservationGridQuery query, CancellationToken cancellationToken)
    {
        var thisYear = clock.GetUtcNow().UtcDateTime.Year;
        var result = await queryValidator.ValidateAsync(query, cancellationToken);
        result.AddToModelState(ModelState, "Query");
        return result.IsValid ? GridRange.Of(query, thisYear) : GridRange.Default(thisYear);
    }
}
