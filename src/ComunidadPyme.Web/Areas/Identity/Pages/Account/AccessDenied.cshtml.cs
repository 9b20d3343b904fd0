using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ComunidadPyme.Web.Areas.Identity.Pages.Account;

public sealed class AccessDeniedModel : PageModel
{
    public void OnGet()
    {
        // A refusal, not a success: tools and tests see 403 even though the page explains it.
        Response.StatusCode = StatusCodes.Status403Forbidden;
    }
}
