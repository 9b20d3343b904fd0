using ComunidadPyme.Infrastructure.Identity;
using ComunidadPyme.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ComunidadPyme.Web.Areas.Identity.Pages.Account;

/// <summary>Signing out is a post (with the anti-forgery token), so a link on another site cannot sign anyone out.</summary>
public sealed class LogoutModel(SignInManager<ApplicationUser> signIn, ILogger<LogoutModel> logger) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl = null)
    {
        var name = User.Identity?.Name;
        await signIn.SignOutAsync();
        logger.LogInformation("{UserName} signed out", name);
        return LocalRedirect(ReturnUrls.Safe(Url, returnUrl));
    }
}
