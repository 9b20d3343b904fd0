using FluentValidation.Results;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ComunidadPyme.Web.Features.Api.Common;

/// <summary>RFC 9457 problem responses of the API.</summary>
public static class ApiProblems
{
    /// <summary>400 whose errors are keyed by the query parameter at fault, as a client wrote it.</summary>
    public static ValidationProblem InvalidQuery(ValidationResult result) =>
        TypedResults.ValidationProblem(
            result.Errors
                .GroupBy(error => ParameterName(error.PropertyName))
                .ToDictionary(group => group.Key, group => group.Select(e => e.ErrorMessage).Distinct().ToArray()),
            title: "One or more query parameters are not valid.");

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    // Query models use PascalCase properties for the camelCase parameters they bind (PageSize ← pageSize).
    private static string ParameterName(string propertyName) =>
        propertyName.Length == 0 ? propertyName : char.ToLowerInvariant(propertyName[0]) + propertyName[1..];
}
