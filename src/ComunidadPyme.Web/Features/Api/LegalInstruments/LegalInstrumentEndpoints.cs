using System.ComponentModel;
using ComunidadPyme.Web.Features.Api.Common;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ComunidadPyme.Web.Features.Api.LegalInstruments;

public static class LegalInstrumentEndpoints
{
    public static void MapLegalInstrumentEndpoints(this RouteGroupBuilder api)
    {
        var instruments = api.MapGroup("/legal-instruments").WithTags("Legal instruments");
        instruments.MapGet("", ListAsync)
            .WithName("ListLegalInstruments")
            .WithSummary("Search the library of laws, decrees, policies and plans")
            .WithDescription("Filter by words in the title or number, country, topic, type, status and year; results are paged.");
        instruments.MapGet("/{id:int}", GetAsync)
            .WithName("GetLegalInstrument")
            .WithSummary("Get one legal instrument by its id")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<PagedResponse<LegalInstrumentDto>>, ValidationProblem>> ListAsync(
        [AsParameters] LegalInstrumentQuery query, IValidator<LegalInstrumentQuery> validator,
        LegalInstrumentApiService instruments, HttpRequest request, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(query, cancellationToken);
        if (!validation.IsValid)
        {
            return ApiProblems.InvalidQuery(validation);
        }

        return TypedResults.Ok(await instruments.ListAsync(query, query.ToPageRequest(request), cancellationToken));
    }

    private static async Task<Results<Ok<LegalInstrumentDto>, ValidationProblem, ProblemHttpResult>> GetAsync(
        [FromRoute, Description("Id of the instrument, as given in the list.")] int id,
        [AsParameters] ApiQuery query, IValidator<ApiQuery> validator, LegalInstrumentApiService instruments,
        CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(query, cancellationToken);
        if (!validation.IsValid)
        {
            return ApiProblems.InvalidQuery(validation);
        }

        var instrument = await instruments.FindAsync(id, query.LanguageOrDefault(), cancellationToken);
        return instrument is null
            ? ApiProblems.NotFound($"There is no legal instrument with the id {id}.")
            : TypedResults.Ok(instrument);
    }
}
