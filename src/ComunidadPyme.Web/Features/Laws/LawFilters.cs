using ComunidadPyme.Core.Legal;
using ComunidadPyme.Web.Infrastructure.Filters;

namespace ComunidadPyme.Web.Features.Laws;

/// <summary>The usable part of a legal library search: invalid filters are dropped, a long text is cut.</summary>
public sealed record LawFilters(
    string? Text,
    CountryChoice? Country,
    LegalTopics? Topic,
    LegalInstrumentType? Type,
    LegalStatus? Status,
    int? Year,
    int Page)
{
    public static LawFilters From(LawSearchInput input, CountryChoice? country)
    {
        var text = input.Q?.Trim();
        if (text is { Length: > LawSearchInput.MaxQueryLength })
        {
            // Cut between words, so the last word kept is a whole one.
            var cut = text.LastIndexOf(' ', LawSearchInput.MaxQueryLength);
            text = text[..(cut > 0 ? cut : LawSearchInput.MaxQueryLength)].TrimEnd();
        }

        return new LawFilters(
            string.IsNullOrEmpty(text) ? null : text,
            country,
            FilterValue.TryEnum<LegalTopics>(input.Topic, out var topic) ? topic : null,
            FilterValue.TryEnum<LegalInstrumentType>(input.Type, out var type) ? type : null,
            FilterValue.TryEnum<LegalStatus>(input.Status, out var status) ? status : null,
            FilterValue.TryInt(input.Year, LawSearchInputValidator.EarliestYear, LawSearchInputValidator.LatestYear, out var year) ? year : null,
            FilterValue.TryInt(input.Page, 1, LawSearchInputValidator.LastPage, out var page) ? page : 1);
    }

    /// <summary>The filters as address parameters, for the pager's links.</summary>
    public IReadOnlyDictionary<string, string?> AsQuery() => new Dictionary<string, string?>
    {
        ["q"] = Text,
        ["country"] = Country?.Iso2,
        ["topic"] = Topic?.ToString(),
        ["type"] = Type?.ToString(),
        ["status"] = Status?.ToString(),
        ["year"] = Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
