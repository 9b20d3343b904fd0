using System.ComponentModel;
using ComunidadPyme.Web.Features.Api.Common;
using Microsoft.AspNetCore.Mvc;

namespace ComunidadPyme.Web.Features.Api.LegalInstruments;

public sealed class LegalInstrumentQuery : PagedApiQuery
{
    public const int MaxTextLength = 200;

    [FromQuery(Name = "q")]
    [Description("Words to find in the title (original or translated) or the official number; matched literally, at most 200 characters.")]
    public string? Q { get; init; }

    [FromQuery(Name = "country")]
    [Description("ISO 3166-1 alpha-2 code of one member state, e.g. BR.")]
    public string? Country { get; init; }

    [FromQuery(Name = "topic")]
    [Description("One topic: FormalisationAndRegistration, Taxation, FinanceAndGuarantees, PublicProcurement, InternationalisationAndTrade, Labour, Innovation, WomensEntrepreneurship or SimplificationOfProcedures.")]
    public string? Topic { get; init; }

    [FromQuery(Name = "type")]
    [Description("One type: ConstitutionalProvision, Law, Decree, Regulation, Resolution, Policy, Strategy or Plan.")]
    public string? Type { get; init; }

    [FromQuery(Name = "status")]
    [Description("InForce, Amended or Repealed.")]
    public string? Status { get; init; }

    [FromQuery(Name = "year")]
    [Description("Year of enactment (or of publication when the enactment date is unknown), e.g. 2006.")]
    public string? Year { get; init; }
}
