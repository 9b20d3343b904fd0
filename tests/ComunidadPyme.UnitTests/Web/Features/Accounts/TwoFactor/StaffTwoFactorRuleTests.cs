using System.Security.Claims;
using ComunidadPyme.Core.Security;
using ComunidadPyme.Web.Features.Accounts;
using ComunidadPyme.Web.Features.Accounts.Sessions;
using ComunidadPyme.Web.Features.Accounts.TwoFactor;
using Microsoft.Extensions.Options;
using Moq;

namespace ComunidadPyme.UnitTests.Web.Features.Accounts.TwoFactor;

public sealed class StaffTwoFactorRuleTests
{
    [Theory]
    [InlineData(Roles.Administrator, true)]
    [InlineData(Roles.Reviewer, true)]
    [InlineData(Roles.FocalPoint, false)]
    public void OnlyStaffWithoutTwoFactorMustSetItUp(string role, bool expected)
    {
        var rule = Rule(new SecurityOptions());

        Assert.Equal(expected, rule.MustSetUpTwoFactor(Person(role, twoFactor: false)));
        Assert.False(rule.MustSetUpTwoFactor(Person(role, twoFactor: true)));
    }

    [Fact]
    public void TheSettingCanBeTurnedOff()
    {
        Assert.False(Rule(new SecurityOptions { RequireTwoFactorForStaff = false }).MustSetUpTwoFactor(Person(Roles.Administrator, false)));
    }

    [Fact]
    public void ExemptAccountsAreSpared()
    {
        var rule = Rule(new SecurityOptions { TwoFactorExemptEmails = ["ADMIN@example.org"] });

        Assert.False(rule.MustSetUpTwoFactor(Person(Roles.Administrator, false, "admin@example.org")));
        Assert.True(rule.MustSetUpTwoFactor(Person(Roles.Administrator, false, "other@example.org")));
    }

    [Fact]
    public void AnonymousVisitorsAreNotConcerned()
    {
        Assert.False(Rule(new SecurityOptions()).MustSetUpTwoFactor(new ClaimsPrincipal(new ClaimsIdentity())));
    }

    private static StaffTwoFactorRule Rule(SecurityOptions options) =>
        new(Mock.Of<IOptionsMonitor<SecurityOptions>>(m => m.CurrentValue == options));

    private static ClaimsPrincipal Person(string role, bool twoFactor, string email = "someone@example.org") =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Email, email),
                new Claim(ClaimTypes.Role, role),
                new Claim(PortalClaims.TwoFactorEnabled, twoFactor ? "true" : "false"),
            ], "Identity.Application"));
}
