using ComunidadPyme.Core.Security;
using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Web.Features.Workspace.Common;
using ComunidadPyme.Web.Infrastructure;
using ComunidadPyme.Web.Localization;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Profile;

[Route("{lang:lang}/workspace/{iso2:length(2)}/profile")]
public sealed class WorkspaceProfileController(
    ProfileEditor editor, IValidator<ProfileForm> validator, IValidator<MembershipForm> membershipValidator,
    WorkspaceText<WorkspaceProfileResource> l)
    : CountryWorkspaceController
{
    private const string MembershipPrefix = "NewPeriod";

    [HttpGet("")]
    [ReadableByCountryReaders]
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
            return this.ConflictPage(new EditorPage<ProfileForm> { Form = theirs.Form, RecordTitle = Country.Name.In(SupportedCultures.Current) },
                form, ProfileUrl, l, WorkspaceLayout);
        }

        return ToProfile(l["Saved. The public pages show the change now."]);
    }

    [HttpPost("membership")]
    [Authorize(Policy = Policies.Administer)]
    public async Task<IActionResult> AddPeriod([Bind(Prefix = MembershipPrefix)] MembershipForm form, CancellationToken cancellationToken)
    {
        (await membershipValidator.ValidateAsync(form, cancellationToken)).AddToModelState(ModelState, MembershipPrefix);
        if (form.EffectiveFrom is { } from && await editor.HasPeriodFromAsync(Country.Id, from, cancellationToken))
        {
            ModelState.AddModelError($"{MembershipPrefix}.{nameof(MembershipForm.EffectiveFrom)}", l["The history already has a step on this date."]);
        }

        if (!ModelState.IsValid)
        {
            var page = await editor.LoadAsync(Country, cancellationToken);
            return View(nameof(Index), page with { NewPeriod = form });
        }

        await editor.AddPeriodAsync(Country, form, cancellationToken);
        return ToProfile(l["Saved. The public pages show the change now."]);
    }

    [HttpPost("membership/{periodId:int}/delete")]
    [Authorize(Policy = Policies.Administer)]
    public async Task<IActionResult> RemovePeriod(int periodId, CancellationToken cancellationToken)
    {
        if (!await editor.RemovePeriodAsync(Country, periodId, cancellationToken))
        {
            return NotFound();
        }

        return ToProfile(l["Deleted."]);
    }

    private string ProfileUrl => Url.Action(nameof(Index), new { lang = SupportedCultures.Current, iso2 = Country.Slug })!;

    private RedirectResult ToProfile(string message)
    {
        TempData.SetStatusMessage(message);
        return Redirect(ProfileUrl);
    }
}
