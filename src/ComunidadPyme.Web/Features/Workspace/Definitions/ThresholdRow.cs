using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Core.Definitions;
using ComunidadPyme.Web.Features.Workspace.Common;

namespace ComunidadPyme.Web.Features.Workspace.Definitions;

/// <summary>One size class's upper bounds ("up to"), for all sectors or one.</summary>
public sealed class ThresholdRow
{
    [FieldLabel("Size class")]
    public SizeClass? SizeClass { get; set; }

    [FieldLabel("Sector")]
    public EconomicSector? Sector { get; set; }

    [FieldLabel("Employees up to")]
    public int? MaxEmployees { get; set; }

    [FieldLabel("Turnover up to")]
    public decimal? MaxTurnover { get; set; }

    [FieldLabel("Assets up to")]
    public decimal? MaxAssets { get; set; }

    [FieldLabel("Score up to")]
    public decimal? MaxScore { get; set; }

    public bool IsBlank => SizeClass is null && Sector is null && MaxEmployees is null && MaxTurnover is null
                           && MaxAssets is null && MaxScore is null;

    public bool HasCriterion => MaxEmployees is not null || MaxTurnover is not null || MaxAssets is not null;
}
