using ComunidadPyme.FunctionalTests.Support;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Infrastructure.Identity;
using ComunidadPyme.Web.Features.Workspace.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.Authorization;

/// <summary>
/// Who may read and who may edit a country's records, asked of the real handler with the principals the
/// portal builds at sign-in and the assignments in the database.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class CountryAccessTests(PortalFactory portal)
{
    [Theory]
    [InlineData(WorkspaceUser.Administrator, "BR", true, true)]
    [InlineData(WorkspaceUser.Administrator, "MX", true, true)]
    [InlineData(WorkspaceUser.Reviewer, "BR", true, false)]
    [InlineData(WorkspaceUser.Reviewer, "MX", true, false)]
    [InlineData(WorkspaceUser.FocalPointBrazil, "BR", true, true)]
    [InlineData(WorkspaceUser.FocalPointBrazil, "MX", false, false)]
    [InlineData(WorkspaceUser.FocalPointMexico, "BR", false, false)]
    public async Task AnswersMayReadAndMayEditPerCountry(WorkspaceUser user, string iso2, bool mayRead, bool mayEdit)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var account = await services.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(WorkspaceSignIn.Credentials(user).Email);
        var principal = await services.GetRequiredService<SignInManager<ApplicationUser>>().CreateUserPrincipalAsync(account!);
        var countryId = await services.GetRequiredService<AppDbContext>().Countries.Where(c => c.Iso2 == iso2).Select(c => c.Id).SingleAsync();
        var authorization = services.GetRequiredService<IAuthorizationService>();

        Assert.Equal(mayRead, await authorization.CanReadCountryAsync(principal, countryId));
        Assert.Equal(mayEdit, await authorization.CanEditCountryAsync(principal, countryId));
    }

    [Fact]
    public async Task RefusesAnAnonymousVisitorBoth()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var authorization = scope.ServiceProvider.GetRequiredService<IAuthorizationService>();
        var anonymous = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity());

        Assert.False(await authorization.CanReadCountryAsync(anonymous, 1));
        Assert.False(await authorization.CanEditCountryAsync(anonymous, 1));
    }
}
