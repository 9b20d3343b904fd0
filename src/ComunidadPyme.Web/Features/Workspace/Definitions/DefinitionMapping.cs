using ComunidadPyme.Core.Definitions;
using ComunidadPyme.Web.Features.Workspace.Common;

namespace ComunidadPyme.Web.Features.Workspace.Definitions;

/// <summary>Between a definition and its form; thresholds are matched by size class and sector, so the history shows real changes.</summary>
internal static class DefinitionMapping
{
    public static DefinitionForm ToForm(MsmeDefinition definition) => new()
    {
        Version = definition.Version,
        Title = TranslatableTextForm.From(definition.Title, definition.Title.Language),
        Scope = definition.Scope,
        IssuingBody = definition.IssuingBody,
        LegalSource = definition.LegalSource,
        SourceUrl = definition.SourceUrl,
        LegalInstrumentId = definition.LegalInstrumentId,
        ValidFrom = definition.ValidFrom,
        ValidTo = definition.ValidTo,
        Method = definition.Method,
        MonetaryUnit = definition.MonetaryUnit,
        MonetaryUnitKind = definition.MonetaryUnitKind,
        FallbackSector = definition.FallbackSector,
        EmployeeWeight = definition.EmployeeWeight,
        TurnoverWeight = definition.TurnoverWeight,
        TurnoverScoreScale = definition.TurnoverScoreScale,
        Notes = TranslatableTextForm.From(definition.Notes, definition.Title.Language),
        Thresholds =
        [
            .. definition.Thresholds.OrderBy(t => t.Sector).ThenBy(t => t.SizeClass).Select(t => new ThresholdRow
            {
                SizeClass = t.SizeClass, Sector = t.Sector, MaxEmployees = t.MaxEmployees,
                MaxTurnover = t.MaxTurnover, MaxAssets = t.MaxAssets, MaxScore = t.MaxScore,
            }),
            .. Enumerable.Range(0, DefinitionForm.BlankRows).Select(_ => new ThresholdRow()),
        ],
    };

    public static void Apply(DefinitionForm form, MsmeDefinition definition)
    {
        definition.Title = form.Title.ToValue(rich: false)!;
        definition.Scope = form.Scope!.Value;
        definition.IssuingBody = Blank(form.IssuingBody);
        definition.LegalSource = form.LegalSource!.Trim();
        definition.SourceUrl = Blank(form.SourceUrl);
        definition.LegalInstrumentId = form.LegalInstrumentId;
        definition.ValidFrom = form.ValidFrom;
        definition.ValidTo = form.ValidTo;
        definition.Method = form.Method!.Value;
        definition.MonetaryUnit = Blank(form.MonetaryUnit);
        definition.MonetaryUnitKind = form.MonetaryUnitKind!.Value;
        definition.FallbackSector = form.FallbackSector;
        definition.EmployeeWeight = form.EmployeeWeight;
        definition.TurnoverWeight = form.TurnoverWeight;
        definition.TurnoverScoreScale = form.TurnoverScoreScale;
        definition.Notes = form.Notes.ToValue(rich: true);
        ApplyThresholds([.. form.FilledThresholds], definition.Thresholds);
    }

    private static void ApplyThresholds(List<ThresholdRow> rows, List<SizeThreshold> thresholds)
    {
        thresholds.RemoveAll(t => !rows.Any(r => r.SizeClass == t.SizeClass && r.Sector == t.Sector));
        foreach (var row in rows)
        {
            var threshold = thresholds.FirstOrDefault(t => t.SizeClass == row.SizeClass && t.Sector == row.Sector);
            if (threshold is null)
            {
                threshold = new SizeThreshold { SizeClass = row.SizeClass!.Value, Sector = row.Sector };
                thresholds.Add(threshold);
            }

            threshold.MaxEmployees = row.MaxEmployees;
            threshold.MaxTurnover = row.MaxTurnover;
            threshold.MaxAssets = row.MaxAssets;
            threshold.MaxScore = row.MaxScore;
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
