using System.Globalization;
using Microsoft.Extensions.Localization;
using ComunidadPyme.Web.Features.Workspace.Common;

namespace ComunidadPyme.Web.Features.Workspace.Observations.Import;

/// <summary>Takes an uploaded file through reading, checking and comparing, and keeps the plan for the preview.</summary>
public sealed class ObservationImportService(
    ObservationCatalogue catalogue,
    ImportRowChecker checker,
    ImportPlanner planner,
    ImportPlanStore plans,
    IStringLocalizer<ObservationsResource> l,
    ILogger<ObservationImportService> logger)
{
    public async Task<ImportUploadResult> CheckAsync(
        WorkspaceCountry country, string userId, IFormFile? file, CultureInfo culture, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return ImportUploadResult.Refused(new ImportProblem(0, null, l["Choose a CSV or Excel (.xlsx) file to import."]));
        }

        if (file.Length > ImportLimits.MaxFileBytes)
        {
            return ImportUploadResult.Refused(new ImportProblem(0, null, TooLargeMessage(l)));
        }

        var indicators = await catalogue.IndicatorsAsync(culture.TwoLetterISOLanguageName, cancellationToken);
        ImportCheck check;
        ImportTextEncoding? encoding;
        try
        {
            // Read straight from the uploaded file; a refusal stops reading and lets go of what was read.
            await using var content = file.OpenReadStream();
            check = checker.Check(ImportFileReader.Rows(content, out encoding), indicators, culture);
        }
        catch (ImportRefusedException refusal)
        {
            logger.LogWarning("Import file {FileName} refused: {Reason} (row {Row})", file.FileName, refusal.Reason, refusal.Row);
            return ImportUploadResult.Refused(new ImportProblem(0, null, ImportRefusalText.Describe(refusal, l, culture)));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The parsers throw many kinds of exceptions on damaged files; to the person they all mean the same.
            logger.LogWarning(ex, "Import file {FileName} could not be read", file.FileName);
            return ImportUploadResult.Refused(new ImportProblem(0, null,
                l["The file could not be read. Save it as CSV (UTF-8) or Excel (.xlsx) and try again."]));
        }

        if (!check.IsValid)
        {
            return new ImportUploadResult(null, check.Problems, check.ProblemCount);
        }

        if (check.Rows.Count == 0)
        {
            return ImportUploadResult.Refused(new ImportProblem(0, null, l["The file holds no values to import: every value cell is empty."]));
        }

        var plan = await planner.PlanAsync(country, userId, file.FileName, check, cancellationToken);
        if (SampleNotesOnOwnFigures(plan) is { Count: > 0 } sampleNotes)
        {
            return new ImportUploadResult(null, sampleNotes.Take(ImportLimits.ProblemsKept).ToList(), sampleNotes.Count);
        }

        plan.TextEncoding = encoding;
        await plans.SaveAsync(plan, cancellationToken);
        return new ImportUploadResult(plan.Id, [], 0);
    }

    /// <summary>
    /// A value to add or change is the country's own figure; the portal's sample note cannot be its source (a
    /// sample row left as downloaded is unchanged, and is not asked about).
    /// </summary>
    private List<ImportProblem> SampleNotesOnOwnFigures(ImportPlan plan) =>
        plan.Rows.Where(r => r.Kind is ImportRowKind.Add or ImportRowKind.Change && r.HoldsSampleNote)
            .Select(r => new ImportProblem(r.RowNumber, ImportColumnNames.SourceNote,
                l["The source is still the portal's sample note, but this value is new or changed: write where this figure comes from."]))
            .ToList();

    public static string TooLargeMessage(IStringLocalizer l) =>
        l["The file is larger than {0} MB and was not imported. Split it into smaller files and import them one by one.",
            ImportLimits.MaxFileBytes / (1024 * 1024)];
}

/// <summary>A checked upload: the id of its stored plan, or the problems that stopped it.</summary>
public sealed record ImportUploadResult(string? PlanId, IReadOnlyList<ImportProblem> Problems, int ProblemCount)
{
    public static ImportUploadResult Refused(ImportProblem problem) => new(null, [problem], 1);
}
