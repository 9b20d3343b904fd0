using System.ComponentModel;
using ComunidadPyme.Web.Features.Api.Common;
using Microsoft.AspNetCore.Mvc;

namespace ComunidadPyme.Web.Features.Api.Programmes;

public sealed class ProgrammeQuery : PagedApiQuery
{
    [FromQuery(Name = "country")]
    [Description("ISO 3166-1 alpha-2 code of one member state, e.g. MX.")]
    public string? Country { get; init; }

    [FromQuery(Name = "type")]
    [Description("Finance, Guarantees, TrainingAndTechnicalAssistance, ExportPromotion, ProcurementAccess or Digital.")]
    public string? Type { get; init; }

    [FromQuery(Name = "target")]
    [Description("One target group: AllMsmes, MicroEnterprises, SmallEnterprises, MediumEnterprises, WomenEntrepreneurs, YoungEntrepreneurs, StartUps, Exporters, RuralEnterprises or IndigenousAndAfroDescendantEntrepreneurs.")]
    public string? Target { get; init; }
}
