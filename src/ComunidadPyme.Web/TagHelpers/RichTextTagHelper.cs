using ComunidadPyme.Web.Localization;
using System.Globalization;
using ComunidadPyme.Core.Common;
using ComunidadPyme.Web.Infrastructure.RichText;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.TagHelpers;

/// <summary>
/// Renders a country's Markdown text (summary, description, narrative) as safe HTML in the visitor's
/// language, else the original, marked like <see cref="TranslatedTextTagHelper"/>:
/// <c>&lt;rich-text text="@law.Summary" /&gt;</c>.
/// </summary>
[HtmlTargetElement("rich-text", TagStructure = TagStructure.WithoutEndTag)]
public sealed class RichTextTagHelper(IStringLocalizer<SharedResource> localizer) : TagHelper
{
    public TranslatableText? Text { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (Text is null || string.IsNullOrWhiteSpace(Text.Original))
        {
            output.SuppressOutput();
            return;
        }

        var resolved = Text.Resolve(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("lang", resolved.Language);
        output.Attributes.SetAttribute("class", "rich-text");

        // The renderer's output is sanitised HTML (Markdig without raw HTML, then HtmlSanitizer).
        output.Content.SetHtmlContent(RichTextRenderer.ToSafeHtml(resolved.Text));
        if (resolved.IsFallback)
        {
            var language = CultureInfo.GetCultureInfo(resolved.Language).NativeName;
            output.PostElement.AppendHtml("<small class=\"text-body-secondary original-language\">");
            output.PostElement.Append(localizer["(original in {0}; no translation yet)", language]);
            output.PostElement.AppendHtml("</small>");
        }
    }
}
