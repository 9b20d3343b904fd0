using ComunidadPyme.Web.Features.Workspace.Home;
using ComunidadPyme.Web.Localization;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ComunidadPyme.Web.Features.Accounts.Invitations;

/// <summary>The page an invitation email links to, where the invited person chooses their password.</summary>
[AllowAnonymous]
[Route("{lang:lang}/account/invitation")]
public sealed class InvitationController(InvitationService invitations, IValidator<AcceptInvitationForm> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Accept(string? user, string? token)
    {
        Response.Headers["Referrer-Policy"] = "no-referrer";
        var invited = await invitations.FindInvitedAsync(user, token);
        return View(invited is null
            ? InvitationView.Invalid
            : new InvitationView(invited.Email, invited.DisplayName, new AcceptInvitationForm { User = user, Token = token }));
    }

    [HttpPost("")]
    public async Task<IActionResult> Accept(AcceptInvitationForm form)
    {
        var invited = await invitations.FindInvitedAsync(form.User, form.Token);
        if (invited is null)
        {
            return View(InvitationView.Invalid);
        }

        var validation = await validator.ValidateAsync(form);
        validation.AddToModelState(ModelState);
        if (ModelState.IsValid)
        {
            var result = await invitations.AcceptAsync(invited, form.Password!);
            if (result.Succeeded)
            {
                return RedirectToAction(nameof(WorkspaceHomeController.Index), "WorkspaceHome", new { lang = SupportedCultures.Current });
            }

            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(form.Password), error.Description);
            }
        }

        return View(new InvitationView(invited.Email, invited.DisplayName, form));
    }
}
