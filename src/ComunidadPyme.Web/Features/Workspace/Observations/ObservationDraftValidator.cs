using System.Globalization;
using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Indicators;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Observations;

/// <summary>
/// The catalogue's rules for one value, shared by the grid and the import: a finite number within the
/// indicator's range, a period of the indicator's kind that is neither before 1950 nor in the future, a
/// known status and a source.
/// </summary>
public sealed class ObservationDraftValidator : AbstractValidator<ObservationDraft>
{
    private readonly IStringLocalizer<ObservationsResource> _l;
    private readonly TimeProvider _clock;

    public ObservationDraftValidator(IStringLocalizer<ObservationsResource> localizer, TimeProvider clock)
    {
        _l = localizer;
        _clock = clock;

        RuleFor(d => d.ValueText).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => _l["Enter a value, or tick “Delete” to remove it."])
            .Must((d, _) => d.Value is not null)
            .WithMessage(d => _l["Enter a number without thousands separators, e.g. {0}.", 1234.5.ToString(d.Culture)])
            .Must((d, _) => d.Indicator is null || d.Indicator.Allows(d.Value!.Value))
            .WithMessage(RangeMessage)
            .OverridePropertyName(ObservationDraft.ValueField);

        RuleFor(d => d.PeriodText).Custom((_, context) =>
        {
            if (PeriodProblem(context.InstanceToValidate) is { } problem)
            {
                context.AddFailure(ObservationDraft.PeriodField, problem);
            }
        });

        RuleFor(d => d.StatusText).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => _l["Choose a status: {0}.", ObservationStatusText.Codes])
            .Must((d, _) => d.Status is not null)
            .WithMessage(d => _l["Unknown status “{0}”: use {1}.", Shorten(d.StatusText), ObservationStatusText.Codes])
            .OverridePropertyName(ObservationDraft.StatusField);

        RuleFor(d => d.SourceText).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => _l["Enter the source of this value."])
            .MaximumLength(FieldLengths.Source)
            .WithMessage(_ => _l["The source must not be longer than {0} characters.", FieldLengths.Source])
            .OverridePropertyName(ObservationDraft.SourceField);
    }

    private string RangeMessage(ObservationDraft draft)
    {
        var rules = draft.Indicator!;
        var culture = draft.Culture;
        return (rules.MinValue, rules.MaxValue) switch
        {
            ({ } min, { } max) => _l["Enter a value from {0} to {1} ({2}).", DecimalText.ForDisplay(min, culture), DecimalText.ForDisplay(max, culture), rules.Unit],
            ({ } min, null) => _l["Enter a value of at least {0} ({1}).", DecimalText.ForDisplay(min, culture), rules.Unit],
            (null, { } max) => _l["Enter a value of at most {0} ({1}).", DecimalText.ForDisplay(max, culture), rules.Unit],
            _ => _l["Enter a finite number."],
        };
    }

    private string? PeriodProblem(ObservationDraft draft)
    {
        var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
        var text = draft.PeriodText;
        if (string.IsNullOrEmpty(text))
        {
            return _l["Enter the year."];
        }

        if (text.Length >= 4 && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && (year < ReportingPeriod.MinYear || year > today.Year))
        {
            return _l["The year must be from {0} to {1}.", ReportingPeriod.MinYear, today.Year];
        }

        if (draft.Period is not { } period)
        {
            return _l["“{0}” is not a period: write a year (2023), a quarter (2023-Q2) or a month (2023-05).", Shorten(text)];
        }

        if (Start(period) > today)
        {
            return _l["{0} has not begun yet: values cannot be entered for the future.", period.ToString()];
        }

        if (draft.Indicator is { } rules && !rules.Accepts(period.Periodicity))
        {
            return rules.Periodicity switch
            {
                Periodicity.Quarterly => _l["This indicator is quarterly: write the quarter, e.g. 2023-Q2."],
                Periodicity.Monthly => _l["This indicator is monthly: write the month, e.g. 2023-05."],
                _ => _l["This indicator is annual: write the year only, e.g. 2023."],
            };
        }

        return null;
    }

    private static DateOnly Start(ReportingPeriod period) => period.Periodicity switch
    {
        Periodicity.Quarterly => new DateOnly(period.Year, (period.Part - 1) * 3 + 1, 1),
        Periodicity.Monthly => new DateOnly(period.Year, period.Part, 1),
        _ => new DateOnly(period.Year, 1, 1),
    };

    /// <summary>Typed text repeated in a message is cut short, so a pasted essay cannot flood the page.</summary>
    public static string Shorten(string? text) =>
        text is null ? string.Empty : text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
