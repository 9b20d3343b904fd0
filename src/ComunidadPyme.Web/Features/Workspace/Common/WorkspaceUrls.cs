using System.Globalization;

namespace ComunidadPyme.Web.Features.Workspace.Common;

/// <summary>Addresses of the workspace pages, built in one place so links and redirects agree.</summary>
public static class WorkspaceUrls
{
    public static string Home(string lang) => $"/{lang}/workspace";

    public static string Country(string lang, string iso2) => $"/{lang}/workspace/{iso2.ToLowerInvariant()}";

    public static string Section(string lang, string iso2, string section) => $"{Country(lang, iso2)}/{section}";

    public static string Record(string lang, string iso2, string section, int id, string action) =>
        $"{Section(lang, iso2, section)}/{id.ToString(CultureInfo.InvariantCulture)}/{action}";

    public static string History(string lang, string entityType, int id) =>
        $"/{lang}/workspace/history/{entityType}/{id.ToString(CultureInfo.InvariantCulture)}";

    public static string Admin(string lang, string section) => $"/{lang}/admin/{section}";
}
