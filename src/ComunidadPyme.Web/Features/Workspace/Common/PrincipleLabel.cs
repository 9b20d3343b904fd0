using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Principles;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Common;

/// <summary>"Principle 3: Public-private financing", with the punctuation of the reader's language.</summary>
public static class PrincipleLabel
{
    public static string Of(IStringLocalizer l, PrincipleKind kind, int number, LocalizedText shortTitle, string lang) =>
        l["{0}: {1}", $"{EnumText.Of(l, kind)} {number}", shortTitle.In(lang)];
}
