using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using ComunidadPyme.Core.Legal;
using ComunidadPyme.Web.Features.CountryProfile;
using ComunidadPyme.Web.Features.Indicators;
using ComunidadPyme.Web.Infrastructure;
using ComunidadPyme.Web.Infrastructure.Caching;
using ComunidadPyme.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Feeds;

/// <summary>
/// Atom feeds of what changed, for anyone to follow without an account: the whole portal, a country, the laws (all or
/// one topic) and an indicator. An unknown country, topic or indicator is a 404.
/// </summary>
public sealed class FeedsController(
    FeedService feeds,
    CountryProfileService profiles,
    IndicatorDirectoryService indicators,
    IStringLocalizer<FeedsResource> text,
    IStringLocalizer<Laws.LawsResource> laws,
    TimeProvider clock) : Controller
{
    public const string AtomContentType = "application/atom+xml";

    [HttpGet("~/{lang:lang}/feed.atom")]
    [OutputCache(PolicyName = PublicCache.SharedPage)]
    public async Task<IActionResult> Portal(CancellationToken cancellationToken) =>
        await FeedAsync(new FeedScope(), text["Comunidad PYME: what changed"], Url.HomePage(SupportedCultures.Current), cancellationToken);

    [HttpGet("~/{lang:lang}/countries/{iso2}/feed.atom")]
    [OutputCache(PolicyName = PublicCache.CountryPage)]
    public async Task<IActionResult> Country(string iso2, CancellationToken cancellationToken)
    {
        var language = SupportedCultures.Current;
        if (await profiles.FindCountryAsync(iso2, cancellationToken) is not { } country)
        {
            return NotFound();
        }

        return await FeedAsync(new FeedScope(Iso2: country.Iso2), text["{0}: what changed on Comunidad PYME", country.Name.In(language)],
            Url.Action("Show", "CountryProfile", new { lang = language, iso2 = country.Slug })!, cancellationToken);
    }

    [HttpGet("~/{lang:lang}/laws/feed.atom")]
    [OutputCache(PolicyName = PublicCache.SharedPage)]
    public async Task<IActionResult> Laws(string? topic, CancellationToken cancellationToken)
    {
        var language = SupportedCultures.Current;
        if (string.IsNullOrEmpty(topic))
        {
            return await FeedAsync(new FeedScope(LawsOnly: true), text["New and amended laws"],
                Url.Action("Index", "Laws", new { lang = language })!, cancellationToken);
        }

        if (!Enum.TryParse<LegalTopics>(topic, ignoreCase: true, out var wanted) || wanted == LegalTopics.None
            || !Enum.IsDefined(wanted) || int.TryParse(topic, out _))
        {
            return NotFound();
        }

        return await FeedAsync(new FeedScope(Topic: wanted, LawsOnly: true),
            text["Laws on {0}", laws[$"LegalTopics.{wanted}"].Value],
            Url.Action("Index", "Laws", new { lang = language, topic = wanted.ToString() })!, cancellationToken);
    }

    [HttpGet("~/{lang:lang}/indicators/{code}/feed.atom")]
    [OutputCache(PolicyName = PublicCache.SharedPage)]
    public async Task<IActionResult> Indicator(string code, CancellationToken cancellationToken)
    {
        var language = SupportedCultures.Current;
        if (await indicators.GetAsync(code, language, cancellationToken) is not { } indicator)
        {
            return NotFound();
        }

        return await FeedAsync(new FeedScope(IndicatorCode: indicator.Code), text["{0}: new figures", indicator.Name],
            Url.Action("Details", "Indicators", new { lang = language, code = indicator.Code })!, cancellationToken);
    }

    private async Task<IActionResult> FeedAsync(FeedScope scope, string title, string page, CancellationToken cancellationToken)
    {
        var language = SupportedCultures.Current;
        var entries = await feeds.EntriesAsync(scope, language, cancellationToken);
        var self = $"{Request.Scheme}://{Request.Host}{Request.PathBase}{Request.Path}{Request.QueryString}";
        var feed = new SyndicationFeed(title, text["Changes to the public information on MSME policy of the OAS member states."],
            new Uri(Absolute(page)), self, entries.Count > 0 ? entries[0].UpdatedUtc : clock.GetUtcNow())
        {
            Language = language,
            Items = entries.Select(Item).ToList(),
        };
        feed.Authors.Add(new SyndicationPerson { Name = "Comunidad PYME" });
        feed.Links.Add(new SyndicationLink(new Uri(self), "self", title, AtomContentType, 0));
        feed.Copyright = new TextSyndicationContent("CC-BY-4.0");

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return File(stream.ToArray(), AtomContentType + "; charset=utf-8");
    }

    private SyndicationItem Item(FeedEntry entry)
    {
        var item = new SyndicationItem(entry.Title, entry.Summary, new Uri(Absolute(Link(entry))),
            $"tag:comunidad-pyme,2026:{entry.Key}", new DateTimeOffset(DateTime.SpecifyKind(entry.UpdatedUtc, DateTimeKind.Utc)));
        item.Categories.Add(new SyndicationCategory(entry.Kind.ToString()));
        return item;
    }

    private string Link(FeedEntry entry)
    {
        var route = FeedEntryRoute.For(entry, SupportedCultures.Current);
        return Url.Action(route.Action, route.Controller, route.Values, null, null, route.Fragment)!;
    }

    private string Absolute(string path) =>
        path.StartsWith("http", StringComparison.Ordinal) ? path : $"{Request.Scheme}://{Request.Host}{path}";
}
