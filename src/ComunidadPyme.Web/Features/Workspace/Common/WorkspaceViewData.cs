using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace ComunidadPyme.Web.Features.Workspace.Common;

/// <summary>What the workspace's pages learn from <see cref="WorkspaceCountryFilter"/> through their view data.</summary>
public static class WorkspaceViewData
{
    /// <summary>The country of the page, or null outside a country's workspace (the entrance, the administrators' pages).</summary>
    public static WorkspaceCountry? WorkspaceCountry(this ViewDataDictionary viewData) =>
        viewData[CountryWorkspaceController.CountryKey] as WorkspaceCountry;

    /// <summary>
    /// Whether the person may change the page's country, so the page shows its edit controls (add, edit, delete,
    /// confirm, save, import, restore). False when nobody said so: a page shows edit controls only when asked.
    /// </summary>
    public static bool MayEditCountry(this ViewDataDictionary viewData) =>
        viewData[CountryWorkspaceController.MayEditKey] is true;

    /// <summary>The page shows a country to someone who may only read it (a reviewer).</summary>
    public static bool IsReadOnlyCountry(this ViewDataDictionary viewData) =>
        viewData.WorkspaceCountry() is not null && !viewData.MayEditCountry();
}
