using ComunidadPyme.Web.Features.Workspace.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ComunidadPyme.Web.Features.Workspace.Common;

/// <summary>
/// Runs before every action under /{lang}/workspace/{iso2}/: resolves the country from the database and lets the
/// action run only if the country authorization handler (<see cref="CountryAccessHandler"/>) allows it. Services
/// then load records only within that country, so an id from another country is simply not found. The one place
/// where a workspace page decides whose country it may show (<see cref="CountryWorkspaceController"/> and
/// <see cref="CountryRecordsController{TForm}"/> apply it).
/// <para>
/// Every request needs <see cref="CountryAccessRequirement.Edit"/>, so a read-only person's post is refused
/// here, on the server; a GET or HEAD of an action marked <see cref="ReadableByCountryReadersAttribute"/> needs
/// only <see cref="CountryAccessRequirement.Read"/>, which reviewers also have. Whether the person may edit is
/// left in <c>ViewData[<see cref="CountryWorkspaceController.MayEditKey"/>]</c>, so the page shows its edit
/// controls only to editors (<see cref="WorkspaceViewData.MayEditCountry"/>).
/// </para>
/// </summary>
public sealed class WorkspaceCountryFilter(WorkspaceCountryDirectory countries, IAuthorizationService authorization) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var http = context.HttpContext;
        var country = await countries.FindAsync(context.RouteData.Values["iso2"] as string, http.RequestAborted);
        if (country is null)
        {
            context.Result = new NotFoundResult();
            return;
        }

        // Edit is asked first, as a question: an editor passes with this one check, and the answer tells the
        // page whether to show its edit controls. Only a page marked readable then lets a reader in.
        var readable = (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && context.ActionDescriptor.EndpointMetadata.OfType<ReadableByCountryReadersAttribute>().Any();
        var scope = new CountryScope(country.Id);
        var mayEdit = (await authorization.AuthorizeAsync(http.User, scope with { IsQuestion = readable }, CountryAccessRequirement.Edit)).Succeeded;
        if (!mayEdit && !(readable && (await authorization.AuthorizeAsync(http.User, scope, CountryAccessRequirement.Read)).Succeeded))
        {
            // A plain 403: re-executed as the friendly error page, unlike Forbid(), which the cookie scheme
            // would turn into a redirect.
            context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
            return;
        }

        http.Items[typeof(WorkspaceCountry)] = country;
        if (context.Controller is Controller controller)
        {
            controller.ViewData[CountryWorkspaceController.CountryKey] = country;
            controller.ViewData[CountryWorkspaceController.MayEditKey] = mayEdit;
        }

        await next();
    }

    /// <summary>The country the filter resolved for this request.</summary>
    public static WorkspaceCountry CountryOf(HttpContext http) =>
        http.Items[typeof(WorkspaceCountry)] as WorkspaceCountry
        ?? throw new InvalidOperationException($"{nameof(WorkspaceCountryFilter)} has not run for this action.");
}

/// <summary>
/// Marks a workspace page (controller or action) that shows its edit controls only to editors, so that people
/// who may only read the country (reviewers) may open it with a GET. Posts still need edit access. Never put it
/// on a create, edit, delete or import page: those are edit pages whatever their method.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = true)]
public sealed class ReadableByCountryReadersAttribute : Attribute;
