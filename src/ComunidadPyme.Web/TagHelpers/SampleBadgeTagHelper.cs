using ComunidadPyme.Web.Localization;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.TagHelpers;

/// <summary>
/// Marks a record as sample data wherever it is shown: <c>&lt;sample-badge when="@row.IsSample" /&gt;</c>
/// renders nothing for official data.
/// </summary>
[HtmlTargetElement("sample-badge", TagStructure = TagStructure.WithoutEndTag)]
public sealed class SampleBadgeTagHelper(IStringLocalizer<SharedResource> localizer) : TagHelper
{
    public bool When { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!When)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "badge sample-badge");
        output.Attributes.SetAttribute("title", localizer["Generated for demonstration. Not an official statistic or text."].Value);
        output.Content.SetContent(localizer["Sample data"]);
    }
}
