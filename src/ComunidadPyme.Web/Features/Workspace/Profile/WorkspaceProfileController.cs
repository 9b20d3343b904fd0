using ComunidadPyme.Core.Security;
using ComunidadPyme.Web.Features.Workspace.Common;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ComunidadPyme.Web.Features.Workspace.Profile;

[Route("{lang:lang}/workspace/{iso2:length(2)}/profile")]
public sealed class WorkspaceProfileController(
    ProfileEditor editor, IValidator<ProfileForm> validator, IValidator<MembershipForm> membershipValidator)
    : CountryWorkspaceController
{
    private const string MembershipPrefix = "NewPeriod";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await editor.LoadAsync(Country, cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Index(ProfileForm form, CancellationToken cancellationToken)
    {
        var page = await editor.LoadAsync(Country, cancellationToken);
        if (!await validator.ValidateIntoAsync(form, ModelState, cancellationToken))
        {
            return View(page with { Form = form });
        }

        if (await editor.UpdateAsync(Country, form, cancellationToken) == EditOutcome.Conflict)
        {
            var theirs = await editor.LoadAsync(Country, cancellationToken);
            return ConflictPage(Country.Name.In(Lang), theirs.Form, form, theirs.Form.Version,
                SectionUrl(WorkspaceSections.Profile), null, null);
        }

        Notice(Text["Saved. The public pages show the change now."]);
        return Redirect(SectionUrl(WorkspaceSections.Profile));
    }

    [HttpPost("membership")]
    [Authorize(Policy = Policies.Administer)]
    public async Task<IActionResult> AddPeriod([Bind(Prefix = MembershipPrefix)] MembershipForm form, CancellationToken cancellationToken)
    {
        (await membershipValidator.ValidateAsync(form, cancellationToken)).AddToModelState(ModelState, MembershipPrefix);
        if (form.EffectiveFrom is { } from && await editor.HasPeriodFromAsync(Country.Id, from, cancellationToken))
        {
            ModelState.AddModelError($"{MembershipPrefix}.{nameof(MembershipForm.EffectiveFrom)}", Text["The history already has a step on this date."]);
        }

        if (!ModelState.IsValid)
        {
            var page = await editor.LoadAsync(Country, cancellationToken);
            return View(nameof(Index), page with { NewPeriod = form });
        }

        await editor.AddPeriodAsync(Country, form, cancellationToken);
        Notice(Text["Saved. The public pages show the change now."]);
        return Redirect(SectionUrl(WorkspaceSections.Profile));
    }

    [HttpPost("membership/{periodId:int}/delete")]
    [Authorize(Policy = Policies.Administer)]
    public async Task<IActionResult> RemovePeriod(int periodId, CancellationToken cancellationToken)
    {
        if (!await editor.RemovePeriodAsync(Country, periodId, cancellationToken))
        {
            return NotFound();
        }

        Notice(Text["Deleted."]);
        return Redirect(SectionUrl(WorkspaceSections.Profile));
    }
}
