using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Countries;
using ComunidadPyme.Core.Definitions;
using ComunidadPyme.Core.Indicators;
using ComunidadPyme.Core.Legal;
using ComunidadPyme.Core.Principles;
using ComunidadPyme.Core.Programmes;
using ComunidadPyme.Web.Features.IndicatorCatalogue;
using ComunidadPyme.Web.Features.Workspace.Admin.Cycles;
using ComunidadPyme.Web.Features.Workspace.Admin.Principles;
using ComunidadPyme.Web.Features.Workspace.Definitions;
using ComunidadPyme.Web.Features.Workspace.FocalPoints;
using ComunidadPyme.Web.Features.Workspace.Institutions;
using ComunidadPyme.Web.Features.Workspace.Laws;
using ComunidadPyme.Web.Features.Workspace.Observations;
using ComunidadPyme.Web.Features.Workspace.Profile;
using ComunidadPyme.Web.Features.Workspace.Programmes;
using ComunidadPyme.Web.Features.Workspace.Progress;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.History;

/// <summary>
/// What a recorded field is called in the reader's language: the label of the record's edit form, so the history
/// says the same words as the form. A key is looked up in the form's text, then in the workspace's shared text,
/// then in the history's own (fields no form shows). Parts of a text ("Name.Es") read "Name (Spanish translation)".
/// </summary>
public sealed class HistoryFieldLabels(IStringLocalizerFactory factory, WorkspaceText<WorkspaceHistoryResource> l)
{
    private static readonly Dictionary<string, string> s_common = new(StringComparer.Ordinal)
    {
        [nameof(CountryContent.CountryId)] = "Country",
        [nameof(CountryContent.IsSample)] = "Sample data",
    };

    private static readonly Dictionary<Type, (Type Form, Dictionary<string, string> Keys)> s_types = new()
    {
        [typeof(FocalPoint)] = (typeof(WorkspaceFocalPointsResource), new()
        {
            [nameof(FocalPoint.InstitutionId)] = "Institution", [nameof(FocalPoint.FullName)] = "Full name",
            [nameof(FocalPoint.Position)] = "Position", [nameof(FocalPoint.Email)] = "E-mail", [nameof(FocalPoint.Phone)] = "Telephone",
            [nameof(FocalPoint.Role)] = "Role", [nameof(FocalPoint.PublicFields)] = "Shown to the public",
            [nameof(FocalPoint.LastConfirmedOn)] = "Last confirmed on",
        }),
        [typeof(Institution)] = (typeof(WorkspaceInstitutionsResource), new()
        {
            [nameof(Institution.Name)] = "Name", [nameof(Institution.Acronym)] = "Acronym", [nameof(Institution.Kind)] = "Kind of institution",
            [nameof(Institution.WebsiteUrl)] = "Website", [nameof(Institution.Mandate)] = "Mandate",
            [nameof(Institution.SourceUrl)] = "Address of the source", [nameof(Institution.CheckedOn)] = "Last checked on",
        }),
        [typeof(LegalInstrument)] = (typeof(WorkspaceLawsResource), new()
        {
            [nameof(LegalInstrument.Type)] = "Type", [nameof(LegalInstrument.OfficialNumber)] = "Official number",
            [nameof(LegalInstrument.Title)] = "Title", [nameof(LegalInstrument.Summary)] = "Summary", [nameof(LegalInstrument.Topics)] = "Topics",
            [nameof(LegalInstrument.IssuingBody)] = "Issuing body", [nameof(LegalInstrument.EnactedOn)] = "Enacted on",
            [nameof(LegalInstrument.PublishedOn)] = "Published on", [nameof(LegalInstrument.Status)] = "Status",
            [nameof(LegalInstrument.OfficialUrl)] = "Official address", [nameof(LegalInstrument.DocumentStorageKey)] = "Stored copy of the official text",
            [nameof(LegalInstrument.DocumentFileName)] = "Official text (PDF)", [nameof(LegalInstrument.DocumentSizeBytes)] = "Size of the official text (bytes)",
            [nameof(LegalInstrument.Outgoing)] = "Relations to other laws", [nameof(LegalInstrument.Incoming)] = "Relations from other laws",
            [nameof(LegalInstrument.Principles)] = "Principles",
        }),
        [typeof(ProgressReport)] = (typeof(WorkspaceProgressResource), new()
        {
            [nameof(ProgressReport.PrincipleId)] = "Principle", [nameof(ProgressReport.ReportingCycleId)] = "Reporting cycle",
            [nameof(ProgressReport.Level)] = "Level of progress", [nameof(ProgressReport.Narrative)] = "Narrative",
            [nameof(ProgressReport.Evidence)] = "Evidence", [nameof(ProgressReport.State)] = "State",
            [nameof(ProgressReport.SubmittedAtUtc)] = "Submitted on", [nameof(ProgressReport.SubmittedBy)] = "Submitted by",
            [nameof(ProgressReport.ReviewedAtUtc)] = "Reviewed on", [nameof(ProgressReport.ReviewedBy)] = "Reviewed by",
            [nameof(ProgressReport.Comments)] = "Conversation with the OAS reviewers",
            [nameof(ProgressReport.AssessedLevel)] = "OAS review level", [nameof(ProgressReport.AssessmentRationale)] = "Reason for the assessment",
            [nameof(ProgressReport.AssessedAtUtc)] = "Assessed on", [nameof(ProgressReport.AssessedBy)] = "Assessed by",
            [nameof(ProgressReport.CarriedForwardFromId)] = "Carried forward from report",
            [nameof(ProgressReport.AwaitsConfirmation)] = "Carried forward, awaiting confirmation",
        }),
        [typeof(MsmeDefinition)] = (typeof(WorkspaceDefinitionsResource), new()
        {
            [nameof(MsmeDefinition.Title)] = "Title", [nameof(MsmeDefinition.Scope)] = "Kind of definition",
            [nameof(MsmeDefinition.IssuingBody)] = "Issuing body", [nameof(MsmeDefinition.LegalSource)] = "Legal source",
            [nameof(MsmeDefinition.SourceUrl)] = "Address of the source", [nameof(MsmeDefinition.CheckedOn)] = "Last checked on",
            [nameof(MsmeDefinition.LegalInstrumentId)] = "Law or policy", [nameof(MsmeDefinition.ValidFrom)] = "Valid from",
            [nameof(MsmeDefinition.ValidTo)] = "Valid until", [nameof(MsmeDefinition.Method)] = "Classification method",
            [nameof(MsmeDefinition.MonetaryUnit)] = "Monetary unit", [nameof(MsmeDefinition.MonetaryUnitKind)] = "Kind of unit",
            [nameof(MsmeDefinition.FallbackSector)] = "Sector applied to other sectors",
            [nameof(MsmeDefinition.EmployeeWeight)] = "Weight of employees", [nameof(MsmeDefinition.TurnoverWeight)] = "Weight of turnover",
            [nameof(MsmeDefinition.TurnoverScoreScale)] = "Turnover divided by", [nameof(MsmeDefinition.Notes)] = "Notes",
            [nameof(MsmeDefinition.Thresholds)] = "Thresholds",
        }),
        [typeof(Observation)] = (typeof(ObservationsResource), new()
        {
            [nameof(Observation.IndicatorId)] = "Indicator", [nameof(Observation.Period)] = "Period", [nameof(Observation.Year)] = "Year",
            [nameof(Observation.Value)] = "Value", [nameof(Observation.Status)] = "Status", [nameof(Observation.SourceNote)] = "Source",
        }),
        [typeof(SupportProgramme)] = (typeof(WorkspaceProgrammesResource), new()
        {
            [nameof(SupportProgramme.InstitutionId)] = "Institution", [nameof(SupportProgramme.Name)] = "Name",
            [nameof(SupportProgramme.Description)] = "Description", [nameof(SupportProgramme.Type)] = "Type of programme",
            [nameof(SupportProgramme.TargetGroups)] = "Target groups", [nameof(SupportProgramme.Url)] = "Website",
            [nameof(SupportProgramme.StartsOn)] = "Starts on", [nameof(SupportProgramme.EndsOn)] = "Ends on",
        }),
        [typeof(Country)] = (typeof(WorkspaceProfileResource), new()
        {
            [nameof(Country.Iso2)] = "Two-letter ISO code", [nameof(Country.Iso3)] = "Three-letter ISO code", [nameof(Country.Name)] = "Name",
            [nameof(Country.SubRegion)] = "Sub-region", [nameof(Country.OfficialLanguages)] = "Official languages",
            [nameof(Country.CurrencyCode)] = "Currency", [nameof(Country.PolicyOverview)] = "Policy overview",
            [nameof(Country.Membership)] = "OAS membership", [nameof(Country.Confirmations)] = "Sections confirmed as current",
        }),
        [typeof(ReportingCycle)] = (typeof(AdminCyclesResource), new()
        {
            [nameof(ReportingCycle.Name)] = "Name", [nameof(ReportingCycle.OpensOn)] = "Opens on",
            [nameof(ReportingCycle.SubmissionDeadline)] = "Submission deadline", [nameof(ReportingCycle.Status)] = "Status",
        }),
        [typeof(Principle)] = (typeof(AdminPrinciplesResource), new()
        {
            [nameof(Principle.Kind)] = "Kind", [nameof(Principle.Number)] = "Number", [nameof(Principle.ShortTitle)] = "Short title",
            [nameof(Principle.Text)] = "Text", [nameof(Principle.ConcernsWomenEntrepreneurs)] = "Concerns women entrepreneurs",

            // The laws that put the principle into practice: the model's name for the far side of LegalInstrument.Principles.
            ["LegalInstrument"] = "Laws and policies",
        }),
        [typeof(Indicator)] = (typeof(IndicatorCatalogueResource), new()
        {
            [nameof(Indicator.Code)] = "Code", [nameof(Indicator.Name)] = "Name", [nameof(Indicator.Description)] = "Description",
            [nameof(Indicator.Kind)] = "Kind", [nameof(Indicator.Theme)] = "Theme", [nameof(Indicator.Unit)] = "Unit",
            [nameof(Indicator.Decimals)] = "Decimals", [nameof(Indicator.Source)] = "Source", [nameof(Indicator.Methodology)] = "Methodology",
            [nameof(Indicator.Periodicity)] = "Periodicity", [nameof(Indicator.MinValue)] = "Minimum value",
            [nameof(Indicator.MaxValue)] = "Maximum value", [nameof(Indicator.SortOrder)] = "Sort order", [nameof(Indicator.IsActive)] = "Active",
        }),
    };

    /// <summary>The parts of <see cref="TranslatableText"/> and <see cref="LocalizedText"/>, named as the text editor names them.</summary>
    private static readonly Dictionary<(Type Text, string Member), string> s_textParts = new()
    {
        [(typeof(TranslatableText), nameof(TranslatableText.Original))] = "Original text",
        [(typeof(TranslatableText), nameof(TranslatableText.Language))] = "Language of the original",
        [(typeof(TranslatableText), nameof(TranslatableText.En))] = "English translation",
        [(typeof(TranslatableText), nameof(TranslatableText.Es))] = "Spanish translation",
        [(typeof(TranslatableText), nameof(TranslatableText.Pt))] = "Portuguese translation",
        [(typeof(TranslatableText), nameof(TranslatableText.Fr))] = "French translation",
        [(typeof(LocalizedText), nameof(LocalizedText.En))] = "English",
        [(typeof(LocalizedText), nameof(LocalizedText.Es))] = "Spanish",
        [(typeof(LocalizedText), nameof(LocalizedText.Pt))] = "Portuguese",
        [(typeof(LocalizedText), nameof(LocalizedText.Fr))] = "French",
    };

    /// <summary>The label key of a recorded field's first part (the property, or the text a part belongs to); null when none is set.</summary>
    public static string? KeyOf(Type entity, string field)
    {
        var root = field.Split('.')[0];
        return s_types.TryGetValue(entity, out var type) && type.Keys.TryGetValue(root, out var key)
            ? key
            : s_common.GetValueOrDefault(root);
    }

    /// <summary>The label key of a part of a text ("Es" of a <see cref="TranslatableText"/>); null when none is set.</summary>
    public static string? PartKeyOf(Type text, string member) => s_textParts.GetValueOrDefault((text, member));

    /// <param name="text">The type of the text a dotted field belongs to; null for a plain field.</param>
    /// <returns>The label; <see cref="LocalizedString.ResourceNotFound"/> when part of it is the humanized field name.</returns>
    public LocalizedString Of(Type entity, string field, Type? text = null)
    {
        var parts = field.Split('.', 2);
        var root = Translate(entity, KeyOf(entity, field), parts[0]);
        if (parts.Length == 1)
        {
            return root;
        }

        var part = Translate(entity, text is null ? null : PartKeyOf(text, parts[1]), parts[1]);
        return new LocalizedString(field, l["{0} ({1})", root.Value, part.Value], root.ResourceNotFound || part.ResourceNotFound);
    }

    private LocalizedString Translate(Type entity, string? key, string name)
    {
        if (key is null)
        {
            return new LocalizedString(name, Humanize(name), resourceNotFound: true);
        }

        if (s_types.TryGetValue(entity, out var type) && factory.Create(type.Form)[key] is { ResourceNotFound: false } form)
        {
            return form;
        }

        return l[key];
    }

    /// <summary>"SourceNote" as "Source note": readable, if not in the reader's language, for a field nobody named yet.</summary>
    private static string Humanize(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) && !char.IsUpper(name[i - 1]) ? " " + char.ToLowerInvariant(c) : c.ToString()));
}
