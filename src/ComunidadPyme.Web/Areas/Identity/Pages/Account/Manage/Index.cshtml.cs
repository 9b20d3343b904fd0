using ComunidadPyme.Core.Common;
using ComunidadPyme.Infrastructure.Identity;
using ComunidadPyme.Web.Features.Accounts;
using ComunidadPyme.Web.Localization;
using ComunidadPyme.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>The person's name and language (used for the portal and for the emails they receive).</summary>
[Authorize]
public sealed class IndexModel(
    UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, IStringLocalizer<AccountsResource> localizer) : PageModel
{
    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    public string Email { get; private set; } = string.Empty;
    public DateTime? LastSignInAtUtc { get; private set; }


    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        Load(user);
        Input = new ProfileInput { DisplayName = user.DisplayName, PreferredLanguage = user.PreferredLanguage };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        Load(user);
        var name = Input.DisplayName?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > FieldLengths.PersonName)
        {
            ModelState.AddModelError("Input.DisplayName", localizer["Enter your name (at most 200 characters)."]);
        }

        if (!Languages.IsSupported(Input.PreferredLanguage))
        {
            ModelState.AddModelError("Input.PreferredLanguage", localizer["Choose a language."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        user.DisplayName = name!;
        user.PreferredLanguage = Input.PreferredLanguage!.ToLowerInvariant();
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        LanguageNegotiator.Remember(Response, user.PreferredLanguage);
        TempData.SetStatusMessage(localizer["Your profile has been saved."]);
        return RedirectToPage();
    }

    private void Load(ApplicationUser user)
    {
        Email = user.Email ?? string.Empty;
        LastSignInAtUtc = user.LastSignInAtUtc;
    }
}
