using ComunidadPyme.Web.Features.Api.Common;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ComunidadPyme.Web.Features.Api.Programmes;

public static class ProgrammeEndpoints
{
    public static void MapProgrammeEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/programmes", ListAsync)
            .WithTags("Programmes")
            .WithName("ListProgrammes")
            .WithSummary("List public MSME support programmes")
            .WithDescription("Filter by country, type of support and target group; results are paged.");
    }

    private static async Task<Results<Ok<PagedResponse<ProgrammeDto>>, ValidationProblem>> ListAsync(
        [AsParameters] ProgrammeQuery query, IValidator<ProgrammeQuery> validator, ProgrammeApiService programmes,
        HttpRequest request, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(query, cancellationToken);
        if (!validation.IsValid)
        {
            return ApiProblems.InvalidQuery(validation);
        }

        return TypedResults.Ok(await programmes.ListAsync(query, query.ToPageRequest(request), cancellationToken));
    }
}
