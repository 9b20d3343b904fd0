using ComunidadPyme.Core.Security;
using ComunidadPyme.Web.Features.Workspace.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ComunidadPyme.Web.Features.Workspace.Common;

/// <summary>
/// Base of every page under /{lang}/workspace/{iso2}/: resolves the country from the database and lets the
/// action run only if the country authorization handler allows the person to edit it. Services then load
/// records only within that country, so an id from another country is simply not found.
/// </summary>
[Authorize(Policy = Policies.Workspace)]
public abstract class CountryWorkspaceController : WorkspaceControllerBase
{
    public const string CountryKey = "WorkspaceCountry";

    protected WorkspaceCountry Country { get; private set; } = null!;

    protected string SectionUrl(string section) => Links.Section(Lang, Country.Iso2, section);

    protected string RecordUrl(string section, int id, string action) => Links.Record(Lang, Country.Iso2, section, id, action);

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

        if (!await services.GetRequiredService<IAuthorizationService>().CanEditCountryAsync(User, country.Id))
        {
            context.Result = Forbidden();
            return;
        }

        Country = country;
        ViewData[CountryKey] = country;
        await next();
    }
}
