using ComunidadPyme.Web.Localization;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.TagHelpers;

/// <summary>
/// A wide table scrolls inside its <c>.table-responsive</c> box on a phone; keyboard users must be able to
/// reach that box to scroll it (WCAG 2.1.1), so every such box is focusable, as a named region.
/// </summary>
[HtmlTargetElement("div", Attributes = "class")]
public sealed class ScrollableTableTagHelper(IStringLocalizer<SharedResource> localizer) : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var classes = output.Attributes["class"]?.Value?.ToString() ?? string.Empty;
        if (!classes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("table-responsive", StringComparer.Ordinal)
            || output.Attributes.ContainsName("tabindex"))
        {
            return;
        }

        output.Attributes.SetAttribute("tabindex", "0");
        output.Attributes.SetAttribute("role", "region");
        if (!output.Attributes.ContainsName("aria-label") && !output.Attributes.ContainsName("aria-labelledby"))
        {
            output.Attributes.SetAttribute("aria-label", localizer["Table (scrolls sideways on small screens)"].Value);
        }
    }
}
