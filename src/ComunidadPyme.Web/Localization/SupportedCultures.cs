using System.Globalization;
using ComunidadPyme.Core.Common;

namespace ComunidadPyme.Web.Localization;

/// <summary>The cultures the portal speaks, one per OAS language; numbers and dates follow them.</summary>
public static class SupportedCultures
{
    public const string Default = Languages.English;
    public const string RouteKey = "lang";

    public static readonly IReadOnlyList<CultureInfo> All =
        Languages.All.Select(CultureInfo.GetCultureInfo).ToList();

    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName is var lang
                                    && Languages.IsSupported(lang) ? lang : Default;
}
