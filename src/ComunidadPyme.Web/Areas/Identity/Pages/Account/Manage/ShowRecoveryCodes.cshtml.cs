using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ComunidadPyme.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>Shows the recovery codes once, straight after they were created; they are never shown again.</summary>
[Authorize]
public sealed class ShowRecoveryCodesModel : PageModel
{
    [TempData]
    public string[]? RecoveryCodes { get; set; }


    public IActionResult OnGet() =>
        RecoveryCodes is null or { Length: 0 } ? RedirectToPage("./TwoFactorAuthentication") : Page();
}
