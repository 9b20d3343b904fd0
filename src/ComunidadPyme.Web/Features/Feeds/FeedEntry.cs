using ComunidadPyme.Core.Legal;

namespace ComunidadPyme.Web.Features.Feeds;

/// <summary>What a feed follows: the whole portal, one country, one legal topic (or every law), or one indicator.</summary>
public sealed record FeedScope(string? Iso2 = null, LegalTopics? Topic = null, bool LawsOnly = false, string? IndicatorCode = null)
{
    public bool Includes(FeedEntryKind kind) => kind switch
    {
        FeedEntryKind.Law => IndicatorCode is null,
        FeedEntryKind.Figures => !LawsOnly && Topic is null,
        _ => !LawsOnly && Topic is null && IndicatorCode is null,
    };
}

public enum FeedEntryKind
{
    Law,
    Figures,
    ProgressReport,
    Programme,
}

/// <summary>
/// One change a follower is told about: a new or amended law, new figures of a series, an accepted progress report,
/// or a programme with a deadline. <see cref="Target"/> names the page it links to; the controller makes the address.
/// </summary>
public sealed record FeedEntry(
    FeedEntryKind Kind,
    string Key,
    string Title,
    string Summary,
    DateTime UpdatedUtc,
    FeedTarget Target);

public sealed record FeedTarget(string Iso2, int? Id = null, string? IndicatorCode = null, Core.Principles.PrincipleKind? PrincipleKind = null, int? Number = null);
