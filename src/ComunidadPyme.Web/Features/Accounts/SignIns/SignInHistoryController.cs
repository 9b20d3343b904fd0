using ComunidadPyme.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace ComunidadPyme.Web.Features.Accounts.SignIns;

[Authorize]
[Route("{lang:lang}/account/sign-ins")]
public sealed class SignInHistoryController(SignInHistoryService history, UserManager<ApplicationUser> users) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var userId = users.GetUserId(User);
        return userId is null ? Challenge() : View(await history.ForUserAsync(userId, cancellationToken));
    }
}
