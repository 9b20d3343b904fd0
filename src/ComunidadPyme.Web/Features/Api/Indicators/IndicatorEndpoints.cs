using System.ComponentModel;
using ComunidadPyme.Web.Features.Api.Common;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ComunidadPyme.Web.Features.Api.Indicators;

public static class IndicatorEndpoints
{
    public static void MapIndicatorEndpoints(this RouteGroupBuilder api)
    {
        var indicators = api.MapGroup("/indicators").WithTags("Indicators");
        indicators.MapGet("", ListAsync)
            .WithName("ListIndicators")
            .WithSummary("List the indicator catalogue")
            .WithDescription("Every indicator with its definition, unit, methodology and how many countries and years have data.");
        indicators.MapGet("/{code}", GetAsync)
            .WithName("GetIndicator")
            .WithSummary("Get one indicator by its code")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<IReadOnlyList<IndicatorDto>>, ValidationProblem>> ListAsync(
        [AsParameters] ApiQuery query, IValidator<ApiQuery> validator, IndicatorApiService indicators,
        CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(query, cancellationToken);
        if (!validation.IsValid)
        {
            return ApiProblems.InvalidQuery(validation);
        }

        return TypedResults.Ok(await indicators.ListAsync(query.LanguageOrDefault(), cancellationToken));
    }

    private static async Task<Results<Ok<IndicatorDto>, ValidationProblem, ProblemHttpResult>> GetAsync(
        [FromRoute, Description("Indicator code, e.g. MSME_COUNT.")] string code,
        [AsParameters] ApiQuery query, IValidator<ApiQuery> validator, IndicatorApiService indicators,
        CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(query, cancellationToken);
        if (!validation.IsValid)
        {
            return ApiProblems.InvalidQuery(validation);
        }

        var indicator = await indicators.FindAsync(code, query.LanguageOrDefault(), cancellationToken);
        return indicator is null
            ? ApiProblems.NotFound($"There is no indicator with the code '{ApiQueryRules.Echo(code)}'.")
            : TypedResults.Ok(indicator);
    }
}
