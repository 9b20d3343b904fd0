namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>
/// The profile's low-bandwidth mode (<c>?lite=1</c>): charts are not drawn into the page; each is a link to its
/// chart page (the embed), loaded only when a reader follows it, and no chart script is sent. A query value rather than a cookie, so that the light
/// page can be bookmarked and shared and the portal sets no cookie for it.
/// </summary>
public static class LowBandwidth
{
    public const string Key = "LowBandwidth";
    public const string QueryName = "lite";

    public static bool IsAsked(string? value) => value is "1" or "true" or "on";

    public static bool IsOn(Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary viewData) => viewData[Key] is true;
}
