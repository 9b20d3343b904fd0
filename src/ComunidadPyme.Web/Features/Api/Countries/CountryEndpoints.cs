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
        countries.MapGet("/{iso2}/series", SeriesAsync)
            .WithName("ListCountrySeries")
            .WithSummary("What a member state reports and what is due")
            .WithDescription("Each indicator the country reports: its latest period, when the next figure is expected (the period after the latest, by the end of one more period; none for irregular series) and whether it is overdue.")
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

    private static Task<Results<Ok<CountryDto>, ValidationProblem, ProblemHttpResult>> GetAsync(
        [FromRoute, Description("ISO 3166-1 alpha-2 code, e.g. BR.")] string iso2,
        [AsParameters] ApiQuery query, IValidator<ApiQuery> validator, CountryApiService countries,
        CancellationToken cancellationToken) =>
        ForCountryAsync(iso2, query, validator, language => countries.FindAsync(iso2, language, cancellationToken), cancellationToken);

    private static Task<Results<Ok<IReadOnlyList<SeriesStatusDto>>, ValidationProblem, ProblemHttpResult>> SeriesAsync(
        [FromRoute, Description("ISO 3166-1 alpha-2 code, e.g. BR.")] string iso2,
        [AsParameters] ApiQuery query, IValidator<ApiQuery> validator, CountryApiService countries,
        CancellationToken cancellationToken) =>
        ForCountryAsync(iso2, query, validator, language => countries.SeriesAsync(iso2, language, cancellationToken), cancellationToken);

    /// <summary>Checks the query, then answers what <paramref name="load"/> finds for the country, or 404 for an unknown code.</summary>
    private static async Task<Results<Ok<T>, ValidationProblem, ProblemHttpResult>> ForCountryAsync<T>(
        string iso2, ApiQuery query, IValidator<ApiQuery> validator, Func<string, Task<T?>> load, CancellationToken cancellationToken)
        where T : class
    {
        var validation = await validator.ValidateAsync(query, cancellationToken);
        if (!validation.IsValid)
        {
            return ApiProblems.InvalidQuery(validation);
        }

        return await load(query.LanguageOrDefault()) is { } found
            ? TypedResults.Ok(found)
            : ApiProblems.NotFound($"There is no OAS member state with the code '{ApiQueryRules.Echo(iso2)}'.");
    }
}
