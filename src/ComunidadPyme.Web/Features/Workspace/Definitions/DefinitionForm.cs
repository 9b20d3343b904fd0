using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Core.Definitions;
using ComunidadPyme.Web.Features.Workspace.Common;

namespace ComunidadPyme.Web.Features.Workspace.Definitions;

public sealed class DefinitionForm : IVersionedForm
{
    /// <summary>Empty rows offered below the existing thresholds for adding new ones.</summary>
    public const int BlankRows = 4;

    public Guid Version { get; set; }

    [FieldLabel("Title")]
    public TranslatableTextForm Title { get; set; } = new();

    [FieldLabel("Kind of definition")]
    public DefinitionScope? Scope { get; set; }

    [FieldLabel("Issuing body")]
    public string? IssuingBody { get; set; }

    [FieldLabel("Legal source")]
    public string? LegalSource { get; set; }

    [FieldLabel("Address of the source")]
    public string? SourceUrl { get; set; }

    [FieldLabel("Law or policy")]
    public int? LegalInstrumentId { get; set; }

    [FieldLabel("Valid from")]
    public DateOnly? ValidFrom { get; set; }

    [FieldLabel("Valid until")]
    public DateOnly? ValidTo { get; set; }

    [FieldLabel("Classification method")]
    public ClassificationMethod? Method { get; set; }

    [FieldLabel("Monetary unit")]
    public string? MonetaryUnit { get; set; }

    [FieldLabel("Kind of unit")]
    public UnitKind? MonetaryUnitKind { get; set; }

    [FieldLabel("Sector applied to other sectors")]
    public EconomicSector? FallbackSector { get; set; }

    [FieldLabel("Weight of employees")]
    public decimal? EmployeeWeight { get; set; }

    [FieldLabel("Weight of turnover")]
    public decimal? TurnoverWeight { get; set; }

    [FieldLabel("Turnover divided by")]
    public decimal? TurnoverScoreScale { get; set; }

    [FieldLabel("Thresholds")]
    public List<ThresholdRow> Thresholds { get; set; } = [];

    [FieldLabel("Notes")]
    public TranslatableTextForm Notes { get; set; } = new();

    public IEnumerable<ThresholdRow> FilledThresholds => Thresholds.Where(t => !t.IsBlank);
}
