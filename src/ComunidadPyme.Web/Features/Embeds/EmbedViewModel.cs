namespace ComunidadPyme.Web.Features.Embeds;

/// <summary>
/// A chart to be shown inside another site: its title, the SVG, the notes it travels with (source, sample data,
/// licence) and the address of the portal page it comes from.
/// </summary>
public sealed record EmbedViewModel(string Title, string Svg, IReadOnlyList<string> Notes, string PageUrl, string OEmbedUrl);
