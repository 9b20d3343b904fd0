using System.ComponentModel;
using ComunidadPyme.Web.Features.Api.Common;
using Microsoft.AspNetCore.Mvc;

namespace ComunidadPyme.Web.Features.Api.Observations;

public sealed class ObservationQuery : PagedApiQuery
{
    [FromQuery(Name = "indicator")]
    [Description("One or more indicator codes separated by commas, e.g. MSME_COUNT,SME_LOAN_SHARE. All indicators when left out.")]
    public string? Indicator { get; init; }

    [FromQuery(Name = "countries")]
    [Description("One or more ISO 3166-1 alpha-2 codes separated by commas, e.g. BR,MX. All countries when left out.")]
    public string? Countries { get; init; }

    [FromQuery(Name = "from")]
    [Description("First year, inclusive, e.g. 2015.")]
    public string? From { get; init; }

    [FromQuery(Name = "to")]
    [Description("Last year, inclusive, e.g. 2024; not before from.")]
    public string? To { get; init; }
}
