using ComunidadPyme.Core.Programmes;
using ComunidadPyme.Web.Features.Api.Common;

namespace ComunidadPyme.Web.Features.OpenData.Tables;

/// <summary>Public MSME support programmes of each member state.</summary>
public static class ProgrammeTable
{
    public sealed record ProgrammeTableRow(SupportProgramme Programme, string CountryIso2, string? InstitutionName);

    public static readonly IReadOnlyList<OpenDataColumn> Columns =
    [
        new("id", "Identifier of the programme."),
        new("country_iso2", "ISO 3166-1 alpha-2 code of the member state."),
        new("type", "Finance, Guarantees, TrainingAndTechnicalAssistance, ExportPromotion, ProcurementAccess or Digital."),
        new("name_original", "Name in its original language."),
        new("name_language", "ISO 639-1 code of the original language."),
        new("name_en", "Name in English, when translated."),
        new("name_es", "Name in Spanish, when translated."),
        new("name_pt", "Name in Portuguese, when translated."),
        new("name_fr", "Name in French, when translated."),
        new("target_groups", "Groups the programme serves, separated by semicolons."),
        new("institution", "Institution that runs it, in its original language."),
        new("url", "Address of the programme's page."),
        new("starts_on", "First day (yyyy-mm-dd), when known."),
        new("ends_on", "Last day (yyyy-mm-dd), when it has one."),
        new("is_sample", "true for an illustrative sample record, not a real programme; false otherwise."),
        new("updated_utc", "When the record last changed (UTC)."),
    ];

    public static OpenDataTable Build(IReadOnlyList<ProgrammeTableRow> rows) => new(
        "programmes.csv",
        "Public programmes that support MSMEs.",
        Columns,
        rows.Select(r => (IReadOnlyList<object?>)
        [
            r.Programme.Id, r.CountryIso2, r.Programme.Type.ToString(), r.Programme.Name.Original, r.Programme.Name.Language,
            r.Programme.Name.En, r.Programme.Name.Es, r.Programme.Name.Pt, r.Programme.Name.Fr,
            OpenDataTable.List(EnumNames.Flags(r.Programme.TargetGroups)), r.InstitutionName, r.Programme.Url,
            r.Programme.StartsOn, r.Programme.EndsOn, OpenDataTable.Flag(r.Programme.IsSample),
            DateTime.SpecifyKind(r.Programme.UpdatedAtUtc, DateTimeKind.Utc),
        ]).ToList(),
        OpenDataTable.Latest(rows.Select(r => r.Programme.UpdatedAtUtc)));
}
