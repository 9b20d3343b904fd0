using System.Globalization;
using System.Text;
using System.Xml;
using ComunidadPyme.Core.Common;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Discovery;

/// <summary>
/// What search engines read first: <c>/robots.txt</c> (the public portal open, the signed-in parts closed, the
/// sitemap's address) and <c>/sitemap.xml</c> (every public page in the four languages, each with its
/// alternates and <c>x-default</c>, with absolute addresses).
/// </summary>
public sealed class DiscoveryController(AppDbContext db) : Controller
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    /// <summary>The public pages that exist in every language, as (controller, action, route values).</summary>
    private static readonly (string Controller, string Action)[] s_pages =
    [
        ("Home", "Index"), ("Countries", "Index"), ("Indicators", "Index"), ("Compare", "Index"), ("Laws", "Index"),
        ("Programmes", "Index"), ("Progress", "Index"), ("OpenData", "Index"),
    ];

    [HttpGet("/robots.txt")]
    [OutputCache(PolicyName = PublicCache.SharedPage)]
    public IActionResult Robots()
    {
        var text = new StringBuilder()
            .Append("User-agent: *\n")
            .Append("Allow: /\n");
        foreach (var language in Languages.All)
        {
            text.Append(CultureInfo.InvariantCulture, $"Disallow: {Request.PathBase}/{language}/workspace\n")
                .Append(CultureInfo.InvariantCulture, $"Disallow: {Request.PathBase}/{language}/review\n")
                .Append(CultureInfo.InvariantCulture, $"Disallow: {Request.PathBase}/{language}/admin\n")
                .Append(CultureInfo.InvariantCulture, $"Disallow: {Request.PathBase}/{language}/account\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"Disallow: {Request.PathBase}/Identity/\n")
            .Append(CultureInfo.InvariantCulture, $"Sitemap: {Absolute(Url.Action(nameof(Sitemap))!)}\n");
        return Content(text.ToString(), "text/plain; charset=utf-8");
    }

    [HttpGet("/sitemap.xml")]
    [OutputCache(PolicyName = PublicCache.SharedPage)]
    public async Task<IActionResult> Sitemap(CancellationToken cancellationToken)
    {
        var countries = await db.Countries.AsNoTracking().OrderBy(c => c.Iso2).Select(c => c.Iso2).ToListAsync(cancellationToken);
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.IsActive).OrderBy(i => i.Code).Select(i => i.Code).ToListAsync(cancellationToken);

        var pages = new List<Func<string, string?>>();
        pages.AddRange(s_pages.Select(p => (Func<string, string?>)(lang => Url.Action(p.Action, p.Controller, new { lang }))));
        pages.AddRange(countries.Select(iso2 => (Func<string, string?>)(lang =>
            Url.Action("Show", "CountryProfile", new { lang, iso2 = iso2.ToLowerInvariant() }))));
        pages.AddRange(indicators.Select(code => (Func<string, string?>)(lang => Url.Action("Details", "Indicators", new { lang, code }))));

        var output = new StringBuilder();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", SitemapNamespace);
            xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
            foreach (var page in pages)
            {
                var addresses = Languages.All.ToDictionary(lang => lang, lang => page(lang) is { } path ? Absolute(path) : null);
                foreach (var (_, address) in addresses.Where(a => a.Value is not null))
                {
                    xml.WriteStartElement("url", SitemapNamespace);
                    xml.WriteElementString("loc", SitemapNamespace, address);
                    foreach (var (language, alternate) in addresses.Where(a => a.Value is not null))
                    {
                        Alternate(xml, language, alternate!);
                    }

                    if (addresses[Languages.English] is { } fallback)
                    {
                        Alternate(xml, "x-default", fallback);
                    }

                    xml.WriteEndElement();
                }
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        // The StringBuilder's writer declares UTF-16; the file is sent, and declared, as UTF-8.
        var body = output.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
        return Content(body, "application/xml; charset=utf-8");
    }

    private static void Alternate(XmlWriter xml, string language, string address)
    {
        xml.WriteStartElement("xhtml", "link", XhtmlNamespace);
        xml.WriteAttributeString("rel", "alternate");
        xml.WriteAttributeString("hreflang", language);
        xml.WriteAttributeString("href", address);
        xml.WriteEndElement();
    }

    private string Absolute(string path) => $"{Request.Scheme}://{Request.Host}{path}";
}
