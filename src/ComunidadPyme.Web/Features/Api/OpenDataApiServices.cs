using System.Text.Json.Serialization;
using ComunidadPyme.Web.Features.Api.Common;
using ComunidadPyme.Web.Features.Api.Countries;
using ComunidadPyme.Web.Features.Api.Indicators;
using ComunidadPyme.Web.Features.Api.LegalInstruments;
using ComunidadPyme.Web.Features.Api.Observations;
using ComunidadPyme.Web.Features.Api.OpenApi;
using ComunidadPyme.Web.Features.Api.Programmes;

namespace ComunidadPyme.Web.Features.Api;

public static class OpenDataApiServices
{
    /// <summary>Open data may be read from any web page: GET only, no credentials.</summary>
    public const string CorsPolicy = "OpenData";

    public static IServiceCollection AddOpenDataApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddCors(options => options.AddPolicy(CorsPolicy, policy =>
            policy.AllowAnyOrigin().WithMethods(HttpMethods.Get, HttpMethods.Head).AllowAnyHeader()));
        services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi(options =>
        {
            // Only the API belongs in the document, not the MVC pages that share the application.
            options.ShouldInclude = description =>
                description.RelativePath?.StartsWith("api/", StringComparison.OrdinalIgnoreCase) == true;
            options.AddDocumentTransformer<ApiDocumentInfoTransformer>();
            options.AddOperationTransformer<QueryParameterSchemaTransformer>();
        });

        services.AddScoped<ApiReferenceCodes>();
        services.AddScoped<CountryApiService>();
        services.AddScoped<IndicatorApiService>();
        services.AddScoped<ObservationApiService>();
        services.AddScoped<DatabaseLegalInstrumentSearch>();
        services.AddScoped<ILegalInstrumentSearch, FullTextLegalInstrumentSearch>();
        services.AddScoped<LegalInstrumentApiService>();
        services.AddScoped<ProgrammeApiService>();
        return services;
    }
}
