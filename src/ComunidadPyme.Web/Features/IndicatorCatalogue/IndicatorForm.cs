using System.Globalization;
using ComunidadPyme.Core.Indicators;
using ComunidadPyme.Web.Features.Workspace.Observations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ComunidadPyme.Web.Features.IndicatorCatalogue;

/// <summary>
/// An indicator as typed in the administration form. Numbers and choices are text, so a value the
/// validator refuses is shown back exactly as typed, with the reason in the reader's language.
/// </summary>
public sealed class IndicatorForm
{
    /// <summary>The indicator being edited (from the address, never the form); null for a new one.</summary>
    [BindNever]
    public int? Id { get; set; }

    public string? Code { get; set; }
    public LocalizedTextInput Name { get; set; } = new();
    public LocalizedTextInput Description { get; set; } = new();
    public LocalizedTextInput Unit { get; set; } = new();
    public LocalizedTextInput Methodology { get; set; } = new();
    public string? Kind { get; set; } = nameof(IndicatorKind.Indicator);
    public string? Theme { get; set; } = nameof(IndicatorTheme.EnterpriseDemography);
    public string? Periodicity { get; set; } = nameof(Core.Indicators.Periodicity.Annual);
    public string? Decimals { get; set; } = "1";
    public string? Source { get; set; }
    public string? MinValue { get; set; }
    public string? MaxValue { get; set; }
    public string? SortOrder { get; set; } = "1000";
    public bool IsActive { get; set; } = true;

    /// <summary>The concurrency token of the version the person started from.</summary>
    public string? Version { get; set; }

    public static IndicatorForm From(Indicator indicator, CultureInfo culture) => new()
    {
        Id = indicator.Id,
        Code = indicator.Code,
        Name = LocalizedTextInput.From(indicator.Name),
        Description = LocalizedTextInput.From(indicator.Description),
        Unit = LocalizedTextInput.From(indicator.Unit),
        Methodology = LocalizedTextInput.From(indicator.Methodology),
        Kind = indicator.Kind.ToString(),
        Theme = indicator.Theme.ToString(),
        Periodicity = indicator.Periodicity.ToString(),
        Decimals = indicator.Decimals.ToString(CultureInfo.InvariantCulture),
        Source = indicator.Source,
        MinValue = indicator.MinValue is { } min ? DecimalText.ForInput(min, culture) : null,
        MaxValue = indicator.MaxValue is { } max ? DecimalText.ForInput(max, culture) : null,
        SortOrder = indicator.SortOrder.ToString(CultureInfo.InvariantCulture),
        IsActive = indicator.IsActive,
        Version = indicator.Version.ToString(),
    };

    /// <summary>Copies a validated form onto the indicator.</summary>
    public void ApplyTo(Indicator indicator, CultureInfo culture)
    {
        indicator.Code = Code!.Trim();
        indicator.Name = Name.ToLocalizedText();
        indicator.Description = Description.ToLocalizedText();
        indicator.Unit = Unit.ToLocalizedText();
        indicator.Methodology = Methodology.ToLocalizedText();
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

    /// <summary>Every field with its label key (and language), to set two versions side by side.</summary>
    public IEnumerable<(string Label, string? Language, string? Value)> Fields()
    {
        yield return ("Code", null, Code);
        foreach (var (label, text) in new[] { ("Name", Name), ("Unit", Unit), ("Description", Description), ("Methodology", Methodology) })
        {
            foreach (var (language, value) in text.All())
            {
                yield return (label, language, value);
            }
        }

        yield return ("Kind", null, Kind);
        yield return ("Theme", null, Theme);
        yield return ("Periodicity", null, Periodicity);
        yield return ("Decimals", null, Decimals);
        yield return ("Source", null, Source);
        yield return ("Minimum value", null, MinValue);
        yield return ("Maximum value", null, MaxValue);
        yield return ("Sort order", null, SortOrder);
        yield return ("Active", null, IsActive ? "✓" : "✗");
    }
}
