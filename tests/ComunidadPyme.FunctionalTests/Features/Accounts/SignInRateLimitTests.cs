using System.Net;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.AspNetCore.Hosting;

namespace ComunidadPyme.FunctionalTests.Features.Accounts;

public sealed class SignInRateLimitTests(SignInRateLimitTests.ThreeAttemptsPortal portal) : IClassFixture<SignInRateLimitTests.ThreeAttemptsPortal>
{
    [Fact]
    public async Task RefusesSignInPostsPastTheLimitWithALocalizedPage()
    {
        var client = portal.CreatePortalClient();
        client.DefaultRequestHeaders.Add("Accept-Language", "es");
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync("nobody@example.org", "guess " + attempt, language: "es")).StatusCode);
        }

        var refused = await client.SignInAsync("nobody@example.org", "guess 4", language: "es");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("Demasiados intentos", (await HtmlDocument.ParseAsync(refused)).QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(SignInExtensions.LoginPath)).StatusCode);
    }

    public sealed class ThreeAttemptsPortal : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Security:SignInAttemptsPerMinute", "3");
        }
    }
}
