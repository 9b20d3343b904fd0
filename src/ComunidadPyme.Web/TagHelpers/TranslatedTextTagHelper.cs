using ComunidadPyme.Web.Localization;
using System.Globalization;
using ComunidadPyme.Core.Common;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.TagHelpers;

/// <summary>
/// Renders country-written text in the visitor's language when translated, else in the original language,
/// with its <c>lang</c> attribute and a note saying so: <c>&lt;translated text="@law.Title" /&gt;</c>.
/// </summary>
[HtmlTargetElement("translated", TagStructure = TagStructure.WithoutEndTag)]
public sealed class TranslatedTextTagHelper(IStringLocalizer<SharedResource> localizer) : TagHelper
{
    public TranslatableText? Text { get; set; }

    /// <summary>The element to render; "span" unless given (e.g. "p" for a summary).</summary>
    public string Element { get; set; } = "span";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (Text is null || string.IsNullOrWhiteSpace(Text.Original))
        {
            output.SuppressOutput();
            return;
        }

        var current = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var resolved = Text.Resolve(current);
        output.TagName = Element;
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("lang", resolved.Language);
        output.Content.SetContent(resolved.Text);
        if (resolved.IsFallback)
        {
            var language = CultureInfo.GetCultureInfo(resolved.Language).NativeName;
            output.PostElement.AppendHtml(" <small class=\"text-body-secondary original-language\">");
            output.PostElement.Append(localizer["(original in {0}; no translation yet)", language]);
            output.PostElement.AppendHtml("</small>");
        }
    }
}
