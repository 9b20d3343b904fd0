using ComunidadPyme.Core.Security;
using ComunidadPyme.Web.Features.Workspace.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ComunidadPyme.Web.Features.Workspace.Common;

/// <summary>
/// Base of every page under /{lang}/workspace/{iso2}/: resolves the country from the database and lets the
/// action run only if the country authorization handler (<see cref="CountryAccessHandler"/>) allows it. Services then load
/// records only within that country, so an id from another country is simply not found.
/// </summary>
[Authorize(Policy = Policies.Workspace)]
public abstract class CountryWorkspaceController : WorkspaceControllerBase
{
    public const string CountryKey = "WorkspaceCountry";

    protected WorkspaceCountry Country { get; private set; } = null!;

    protected string SectionUrl(string section) => Links.Section(Lang, Country.Iso2, section);

    protected string RecordUrl(string section, int id, string action) => Links.Record(Lang, Country.Iso2, section, id, action);

    /// <summary>
    /// What a person must be allowed for a page that only shows the country's records. Every other request
    /// needs <see cref="CountryAccessRequirement.Edit"/>, so a read-only person's post is refused here, on the
    /// server. Pages that show their edit controls only to editors may ask for
    /// <see cref="CountryAccessRequirement.Read"/> instead, which reviewers also have.
    /// </summary>
    protected virtual CountryAccessRequirement ReadAccess => CountryAccessRequirement.Edit;

    public override async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var services = HttpContext.RequestServices;
        var country = await services.GetRequiredService<WorkspaceCountryDirectory>()
            .FindAsync(RouteData.Values["iso2"] as string, HttpContext.RequestAborted);
        if (country is null)
        {
            context.Result = NotFound();
            return;
        }

        var access = HttpMethods.IsGet(Request.Method) || HttpMethods.IsHead(Request.Method) ? ReadAccess : CountryAccessRequirement.Edit;
        if (!(await services.GetRequiredService<IAuthorizationService>().AuthorizeAsync(User, new CountryScope(country.Id), access)).Succeeded)
        {
            context.Result = Forbidden();
            return;
        }

        Country = country;
        ViewData[CountryKey] = country;
        await next();
    }
}
