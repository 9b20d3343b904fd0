using System.Globalization;
using ComunidadPyme.Core.Indicators;
using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Web.Features.Workspace.Observations;

namespace ComunidadPyme.Web.Features.IndicatorCatalogue;

/// <summary>
/// An indicator as typed in the administration form. Numbers and choices are text, so a value the
/// validator refuses is shown back exactly as typed, with the reason in the reader's language. The fields
/// are declared in the order the conflict page lists them.
/// </summary>
public sealed class IndicatorForm : IVersionedForm
{
    public Guid Version { get; set; }

    [FieldLabel("Code")]
    public string? Code { get; set; }

    [FieldLabel("Name")]
    public LocalizedTextForm Name { get; set; } = new();

    [FieldLabel("Unit")]
    public LocalizedTextForm Unit { get; set; } = new();

    [FieldLabel("Description")]
    public LocalizedTextForm Description { get; set; } = new();

    [FieldLabel("Methodology")]
    public LocalizedTextForm Methodology { get; set; } = new();

    [FieldLabel("Kind")]
    public string? Kind { get; set; } = nameof(IndicatorKind.Indicator);

    [FieldLabel("Theme")]
    public string? Theme { get; set; } = nameof(IndicatorTheme.EnterpriseDemography);

    [FieldLabel("Periodicity")]
    public string? Periodicity { get; set; } = nameof(Core.Indicators.Periodicity.Annual);

    [FieldLabel("Decimals")]
    public string? Decimals { get; set; } = "1";

    [FieldLabel("Source")]
    public string? Source { get; set; }

    [FieldLabel("Minimum value")]
    public string? MinValue { get; set; }

    [FieldLabel("Maximum value")]
    public string? MaxValue { get; set; }

    [FieldLabel("Sort order")]
    public string? SortOrder { get; set; } = "1000";

    [FieldLabel("Active")]
    public bool IsActive { get; set; } = true;

    public static IndicatorForm From(Indicator indicator, CultureInfo culture) => new()
    {
        Version = indicator.Version,
        Code = indicator.Code,
        Name = LocalizedTextForm.From(indicator.Name),
        Description = LocalizedTextForm.From(indicator.Description),
        Unit = LocalizedTextForm.From(indicator.Unit),
        Methodology = LocalizedTextForm.From(indicator.Methodology),
        Kind = indicator.Kind.ToString(),
        Theme = indicator.Theme.ToString(),
        Periodicity = indicator.Periodicity.ToString(),
        Decimals = indicator.Decimals.ToString(CultureInfo.InvariantCulture),
        Source = indicator.Source,
        MinValue = indicator.MinValue is { } min ? DecimalText.ForInput(min, culture) : null,
        MaxValue = indicator.MaxValue is { } max ? DecimalText.ForInput(max, culture) : null,
        SortOrder = indicator.SortOrder.ToString(CultureInfo.InvariantCulture),
        IsActive = indicator.IsActive,
    };

    /// <summary>Copies a validated form onto the indicator.</summary>
    public void ApplyTo(Indicator indicator, CultureInfo culture)
    {
        indicator.Code = Code!.Trim();
        indicator.Name = Name.ToValue();
        indicator.Description = Description.ToValue();
        indicator.Unit = Unit.ToValue();
        indicator.Methodology = Methodology.ToValue();
        indicator.Kind = Enum.Parse<IndicatorKind>(Kind!, ignoreCase: true);
        indicator.Theme = Enum.Parse<IndicatorTheme>(Theme!, ignoreCase: true);
        indicator.Periodicity = Enum.Parse<Core.Indicators.Periodicity>(Periodicity!, ignoreCase: true);
        indicator.Decimals = int.Parse(Decimals!, CultureInfo.InvariantCulture);
        indicator.Source = Source!.Trim();
        indicator.MinValue = DecimalText.TryParse(MinValue, culture, out var min) ? min : null;
        indicator.MaxValue = DecimalText.TryParse(MaxValue, culture, out var max) ? max : null;
        indicator.SortOrder = int.Parse(SortOrder!, CultureInfo.InvariantCulture);
        indicator.IsActive = IsActive;
    }
}
