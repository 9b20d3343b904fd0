using ComunidadPyme.Core.Principles;
using ComunidadPyme.Core.Definitions;

namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>The JSON download: the public parts of a profile, with country-written texts in full (original and translations).</summary>
public static class CountryDataDocument
{
    public static object From(CountryProfileViewModel profile, string language) => new
    {
        Country = new
        {
            profile.Country.Iso2,
            profile.Country.Iso3,
            Name = profile.Country.Name.In(language),
            profile.Country.SubRegion,
            profile.Country.OfficialLanguages,
            profile.Country.CurrencyCode,
            Membership = profile.Country.Membership,
        },
        Language = language,
        Observations = profile.Series.SelectMany(s => s.Points.Select(p => new
        {
            IndicatorCode = s.Code, IndicatorName = s.Name, p.Period, p.Year, p.Value, Unit = s.Unit, p.Status,
            p.SourceNote, p.IsSample,
        })),
        Definitions = profile.Definitions.Select(Definition),
        Institutions = profile.Institutions.Select(i => new { i.Name, i.Acronym, i.Kind, i.WebsiteUrl, i.Mandate, i.IsSample }),
        FocalPoints = profile.FocalPoints.Select(f => new
        {
            f.FullName, f.Position, f.Email, f.Phone, f.Role, f.InstitutionName, f.LastConfirmedOn, f.IsSample,
        }),
        Laws = profile.Laws.All.Select(l => new
        {
            l.Id, l.Type, l.OfficialNumber, l.Title, l.Status, l.Year, Topics = FlagMembers.Of(l.Topics), l.IsSample,
        }),
        Programmes = profile.Programmes.Select(p => new
        {
            p.Name, p.Description, p.Type, TargetGroups = FlagMembers.Of(p.TargetGroups), p.InstitutionName, p.Url,
            p.StartsOn, p.EndsOn, p.IsSample,
        }),
        Progress = profile.Progress.Select(p => new
        {
            PrincipleKind = p.Kind, PrincipleNumber = p.Number, Principle = p.ShortTitle.In(language),
            Cycle = p.CycleName.In(language), p.Level, ReviewerLevel = p.Levels.AssessedLevel,
            LevelChange = p.Levels.Change, ReviewerLevelChange = p.Levels.AssessedLevel is null ? (LevelChange?)null : p.Levels.AssessedChange,
            p.Narrative, p.Evidence, p.IsSample,
        }),
    };

    private static object Definition(MsmeDefinition d) => new
    {
        d.Title, d.Scope, d.IssuingBody, d.LegalSource, d.SourceUrl, d.ValidFrom, d.ValidTo, d.Method,
        d.MonetaryUnit, d.MonetaryUnitKind, d.FallbackSector, d.EmployeeWeight, d.TurnoverWeight,
        d.TurnoverScoreScale, d.Notes, d.IsSample,
        Thresholds = d.Thresholds.OrderBy(t => t.SizeClass).ThenBy(t => t.Sector).Select(t => new
        {
            t.SizeClass, t.Sector, t.MaxEmployees, t.MaxTurnover, t.MaxAssets, t.MaxScore,
        }),
    };
}
