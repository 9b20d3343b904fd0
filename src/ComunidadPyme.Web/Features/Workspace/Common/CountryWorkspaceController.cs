using ComunidadPyme.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ComunidadPyme.Web.Features.Workspace.Common;

/// <summary>
/// Base of the pages under /{lang}/workspace/{iso2}/ that are not record editors (dashboard, profile,
/// confirmations): the country is resolved and checked by <see cref="WorkspaceCountryFilter"/>.
/// </summary>
[Authorize(Policy = Policies.Workspace)]
[TypeFilter<WorkspaceCountryFilter>]
public abstract class CountryWorkspaceController : Controller
{
    /// <summary>View data key of the page's <see cref="WorkspaceCountry"/>, for the navigation and the text editors.</summary>
    public const string CountryKey = "WorkspaceCountry";

    /// <summary>View data key of whether the person may edit the page's country (a bool); read-only people see no edit controls.</summary>
    public const string MayEditKey = "WorkspaceMayEdit";

    /// <summary>The layout of the workspace's pages, for the shared pages (conflict, delete) of its editors.</summary>
    public const string WorkspaceLayout = "_WorkspaceLayout";

    protected WorkspaceCountry Country => WorkspaceCountryFilter.CountryOf(HttpContext);
}
