using ComunidadPyme.Infrastructure.Identity;
using ComunidadPyme.Web.Features.Accounts.Emails;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ComunidadPyme.Web.Areas.Identity.Pages.Account;

[AllowAnonymous]
public sealed class ConfirmEmailModel(UserManager<ApplicationUser> users, ILogger<ConfirmEmailModel> logger) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? userId = null, string? code = null)
    {
        Response.Headers["Referrer-Policy"] = "no-referrer";
        var token = AccountLinks.Decode(code);
        if (string.IsNullOrWhiteSpace(userId) || token is null || await users.FindByIdAsync(userId) is not { } user)
        {
            return;
        }

        Confirmed = (await users.ConfirmEmailAsync(user, token)).Succeeded;
        logger.LogInformation("Email confirmation of {Email}: {Confirmed}", user.Email, Confirmed);
    }
}
