using ComunidadPyme.Web.Features.OpenData;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ComunidadPyme.Web.Features.Api.OpenApi;

/// <summary>Describes the API as a whole: what it is, its licence, and that some rows are sample data.</summary>
public sealed class ApiDocumentInfoTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Comunidad PYME open data API",
            Version = "v1",
            Description =
                "Read-only public data on MSME policy in the 35 OAS member states: countries, the indicator catalogue, " +
                "indicator values, the legal library and support programmes. No key is needed. Names and titles follow " +
                "the lang parameter (en, es, pt, fr). Errors are RFC 9457 problem details. Records with isSample = true " +
                "are illustrative sample data, not official statistics. Bulk files: /downloads/comunidad-pyme-data.zip; " +
                "catalogue: /catalog.jsonld.",
            License = new OpenApiLicense { Name = OpenDataLicence.Name, Url = new Uri(OpenDataLicence.Url) },
        };
        return Task.CompletedTask;
    }
}
