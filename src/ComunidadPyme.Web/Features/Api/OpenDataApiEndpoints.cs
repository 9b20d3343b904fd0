using ComunidadPyme.Web.Features.Api.Common;
using ComunidadPyme.Web.Features.Api.Countries;
using ComunidadPyme.Web.Features.Api.Indicators;
using ComunidadPyme.Web.Features.Api.LegalInstruments;
using ComunidadPyme.Web.Features.Api.Observations;
using ComunidadPyme.Web.Features.Api.Programmes;

namespace ComunidadPyme.Web.Features.Api;

public static class OpenDataApiEndpoints
{
    public const string DocumentPath = "/openapi/v1.json";
    public const string GroupPath = "/api/v1";
    public const string DocsPath = "api/docs";

    /// <summary>The browsable documentation at /api/docs; its scripts and styles are served from the package, not a CDN.</summary>
    public static void UseApiDocumentation(this WebApplication app) =>
        app.UseSwaggerUI(options =>
        {
            options.RoutePrefix = DocsPath;
            options.SwaggerEndpoint(DocumentPath, "Comunidad PYME open data API v1");
            options.DocumentTitle = "Comunidad PYME open data API";
        });

    public static void MapOpenDataApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi().RequireCors(OpenDataApiServices.CorsPolicy);

        var api = endpoints.MapGroup(GroupPath).RequireCors(OpenDataApiServices.CorsPolicy);
        api.MapCountryEndpoints();
        api.MapIndicatorEndpoints();
        api.MapObservationEndpoints();
        api.MapLegalInstrumentEndpoints();
        api.MapProgrammeEndpoints();

        // Without this, an unknown API address would get the HTML "page not found" meant for people.
        endpoints.MapFallback("/api/{**path}", (HttpContext context) =>
                ApiProblems.NotFound($"There is no API address {ApiQueryRules.Echo(context.Request.Path.Value)}; see {DocumentPath}."))
            .ExcludeFromDescription();
    }
}
