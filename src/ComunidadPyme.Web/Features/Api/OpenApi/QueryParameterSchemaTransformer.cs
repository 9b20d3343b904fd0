using System.Globalization;
using System.Text.Json.Nodes;
using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Indicators;
using ComunidadPyme.Web.Features.Api.Common;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ComunidadPyme.Web.Features.Api.OpenApi;

/// <summary>
/// Query numbers and the language are bound as text, so that a wrong value gets a message naming the
/// parameter (see <see cref="ApiQuery"/>); the document still tells clients what they accept.
/// </summary>
public sealed class QueryParameterSchemaTransformer : IOpenApiOperationTransformer
{
    private static readonly Dictionary<string, (int Min, int Max)> s_wholeNumbers = new(StringComparer.Ordinal)
    {
        ["page"] = (1, PagedApiQuery.MaxPage),
        ["pageSize"] = (1, PagedApiQuery.MaxPageSize),
        ["from"] = (ReportingPeriod.MinYear, ReportingPeriod.MaxYear),
        ["to"] = (ReportingPeriod.MinYear, ReportingPeriod.MaxYear),
        ["year"] = (ReportingPeriod.MinYear, ReportingPeriod.MaxYear),
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query))
        {
            if (parameter.Name is { } name && s_wholeNumbers.TryGetValue(name, out var range))
            {
                parameter.Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Integer,
                    Format = "int32",
                    Minimum = range.Min.ToString(CultureInfo.InvariantCulture),
                    Maximum = range.Max.ToString(CultureInfo.InvariantCulture),
                };
            }
            else if (parameter.Name == "lang")
            {
                parameter.Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Enum = Languages.All.Select(language => (JsonNode)JsonValue.Create(language)).ToList(),
                    Default = JsonValue.Create(Languages.English),
                };
            }
        }

        return Task.CompletedTask;
    }
}
