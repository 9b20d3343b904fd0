using System.Globalization;
using ComunidadPyme.Core.Indicators;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Observations.Grid;

/// <summary>Which part of the grid to show: <c>?from=2015&amp;to=2024&amp;theme=Employment</c>, all optional.</summary>
public sealed class ObservationGridQuery
{
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Theme { get; set; }
}

/// <summary>Years from 1950 to this year, in order, at most 30 at a time; a theme of the catalogue.</summary>
public sealed class ObservationGridQueryValidator : AbstractValidator<ObservationGridQuery>
{
    public ObservationGridQueryValidator(IStringLocalizer<ObservationsResource> l, TimeProvider clock)
    {
        int ThisYear() => clock.GetUtcNow().UtcDateTime.Year;

        RuleFor(q => q.From)
            .Must(text => IsYearOrEmpty(text, ThisYear()))
            .WithMessage(_ => l["Enter a year from {0} to {1}.", ReportingPeriod.MinYear, ThisYear()]);
        RuleFor(q => q.To)
            .Must(text => IsYearOrEmpty(text, ThisYear()))
            .WithMessage(_ => l["Enter a year from {0} to {1}.", ReportingPeriod.MinYear, ThisYear()]);
        RuleFor(q => q.To)
            .Must((q, _) => Year(q.From) <= Year(q.To))
            .When(q => Year(q.From) is not null && Year(q.To) is not null)
            .WithMessage(_ => l["The last year must not come before the first."]);
        RuleFor(q => q.To)
            .Must((q, _) => Year(q.To) - Year(q.From) < GridRange.MaxYears)
            .When(q => Year(q.From) is not null && Year(q.To) is not null)
            .WithMessage(_ => l["Show at most {0} years at a time.", GridRange.MaxYears]);
        RuleFor(q => q.Theme)
            .Must(theme => string.IsNullOrWhiteSpace(theme)
                           || Enum.GetNames<IndicatorTheme>().Contains(theme, StringComparer.OrdinalIgnoreCase))
            .WithMessage(_ => l["Choose a theme from the list."]);
    }

    private static bool IsYearOrEmpty(string? text, int thisYear) =>
        string.IsNullOrWhiteSpace(text) || Year(text) is { } year && year >= ReportingPeriod.MinYear && year <= thisYear;

    private static int? Year(string? text) =>
        text is { Length: 4 } && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;
}
