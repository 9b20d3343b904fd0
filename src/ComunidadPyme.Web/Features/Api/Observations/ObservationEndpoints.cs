using ComunidadPyme.Web.Features.Api.Common;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ComunidadPyme.Web.Features.Api.Observations;

public static class ObservationEndpoints
{
    public static void MapObservationEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/observations", ListAsync)
            .WithTags("Observations")
            .WithName("ListObservations")
            .WithSummary("List indicator values by country and period")
            .WithDescription(
                "Filter by indicators, countries and a range of years; results are paged (at most 1000 rows a page) " +
                "and ordered by indicator, country and period. Rows with isSample = true are sample data, not official statistics.");
    }

    private static async Task<Results<Ok<PagedResponse<ObservationDto>>, ValidationProblem>> ListAsync(
        [AsParameters] ObservationQuery query, IValidator<ObservationQuery> validator, ObservationApiService observations,
        HttpRequest request, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(query, cancellationToken);
        if (!validation.IsValid)
        {
            return ApiProblems.InvalidQuery(validation);
        }

        return TypedResults.Ok(await observations.ListAsync(query, query.ToPageRequest(request), cancellationToken));
    }
}
