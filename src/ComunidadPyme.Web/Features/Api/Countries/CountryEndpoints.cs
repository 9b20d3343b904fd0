using System.ComponentModel;
using ComunidadPyme.Web.Features.Api.Common;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ComunidadPyme.Web.Features.Api.Countries;

public static class CountryEndpoints
{
    public static void MapCountryEndpoints(this RouteGroupBuilder api)
    {
        var countries = api.MapGroup("/countries").WithTags("Countries");
        countries.MapGet("", ListAsync)
            .WithName("ListCountries")
            .WithSummary("List the 35 OAS member states")
            .WithDescription("Codes, names in the four OAS languages, sub-region, currency, official languages and membership status today.");
        countries.MapGet("/{iso2}", GetAsync)
            .WithName("GetCountry")
            .WithSummary("Get one member state by its ISO 3166-1 alpha-2 code")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<IReadOnlyList<CountryDto>>, ValidationProblem>> ListAsync(
        [AsParameters] ApiQuery query, IValidator<ApiQuery> validator, CountryApiService countries,
        CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(query, cancellationToken);
        if (!validation.IsValid)
        {
            return ApiProblems.InvalidQuery(validation);
        }

        return TypedResults.Ok(await countries.ListAsync(query.LanguageOrDefault(), cancellationToken));
    }

    private static async Task<Results<Ok<CountryDto>, ValidationProblem, ProblemHttpResult>> GetAsync(
        [FromRoute, Description("ISO 3166-1 alpha-2 code, e.g. BR.")] string iso2,
        [AsParameters] ApiQuery query, IValidator<ApiQuery> validator, CountryApiService countries,
        CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(query, cancellationToken);
        if (!validation.IsValid)
        {
            return ApiProblems.InvalidQuery(validation);
        }

        var country = await countries.FindAsync(iso2, query.LanguageOrDefault(), cancellationToken);
        return country is null
            ? ApiProblems.NotFound($"There is no OAS member state with the code '{ApiQueryRules.Echo(iso2)}'.")
            : TypedResults.Ok(country);
    }
}
