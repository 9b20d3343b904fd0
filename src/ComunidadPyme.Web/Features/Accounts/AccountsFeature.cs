using ComunidadPyme.Infrastructure.Email;
using ComunidadPyme.Web.Features.Accounts.Administration;
using ComunidadPyme.Web.Features.Accounts.Emails;
using ComunidadPyme.Web.Features.Accounts.Invitations;
using ComunidadPyme.Web.Features.Accounts.Passwords;
using ComunidadPyme.Web.Features.Accounts.Sessions;
using ComunidadPyme.Web.Features.Accounts.SignIns;
using ComunidadPyme.Web.Features.Accounts.TwoFactor;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ComunidadPyme.Web.Features.Accounts;

/// <summary>Sign-in security (OWASP ASVS 5.0 level 2) and the administration of accounts.</summary>
public static class AccountsFeature
{
    /// <summary>Default UI pages the portal does not offer: there is no self-registration and no external sign-in.</summary>
    private static readonly string[] s_withdrawnPages =
    [
        "/Account/Register", "/Account/RegisterConfirmation", "/Account/ExternalLogin",
        "/Account/ResendEmailConfirmation", "/Account/ConfirmEmailChange",
        "/Account/Manage/Email", "/Account/Manage/PersonalData", "/Account/Manage/DownloadPersonalData",
        "/Account/Manage/DeletePersonalData", "/Account/Manage/ExternalLogins", "/Account/Manage/SetPassword",
        "/Account/Manage/Disable2fa",
    ];

    public static IdentityBuilder AddPortalAccountSecurity(
        this IdentityBuilder identity, IConfiguration configuration, IHostEnvironment environment)
    {
        identity.AddSignInManager<PortalSignInManager>()
            .AddClaimsPrincipalFactory<PortalUserClaimsPrincipalFactory>()
            .AddErrorDescriber<PortalIdentityErrorDescriber>()
            .AddPasswordValidator<PortalPasswordValidator>()
            .AddTokenProvider<InvitationTokenProvider>(InvitationTokenProviderOptions.ProviderName);

        var services = identity.Services;
        services.Configure<SecurityOptions>(configuration.GetSection(SecurityOptions.SectionName));
        services.AddSingleton(_ => CommonPasswordList.LoadEmbedded());
        services.AddScoped<PortalIdentityErrorDescriber>();
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(3));

        // Zero: the stamp is checked on every request, so disabling an account or changing its password
        // ends its other sessions at once.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.AddScoped<PortalCookieEvents>();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.ExpireTimeSpan = SessionLifetime.IdleTimeout;
            options.SlidingExpiration = true;
            options.EventsType = typeof(PortalCookieEvents);
        });
        foreach (var scheme in new[] { IdentityConstants.TwoFactorUserIdScheme, IdentityConstants.TwoFactorRememberMeScheme })
        {
            services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(scheme, options =>
            {
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            });
        }

        services.Configure<RazorPagesOptions>(options =>
        {
            // Every account page also answers under a language prefix (/es/Identity/Account/Login), which wins when
            // links are made with a language, so that the page speaks the address's language.
            options.Conventions.AddAreaFolderRouteModelConvention("Identity", "/", AccountPagesLanguage.AddPrefixedRoutes);
            foreach (var page in s_withdrawnPages)
            {
                options.Conventions.AddAreaPageRouteModelConvention("Identity", page, model => model.Selectors.Clear());
            }
        });

        services.AddRateLimiter(_ => { });
        services.AddSingleton<IConfigureOptions<RateLimiterOptions>, SignInRateLimit>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, RefusalLoggingResultHandler>();
        services.AddSingleton<StaffTwoFactorRule>();
        services.AddEmail(configuration);
        services.AddScoped<AccountLinks>();
        services.AddScoped<AccountEmails>();
        services.AddScoped<SignInRecorder>();
        services.AddScoped<SignInHistoryService>();
        services.AddScoped<InvitationService>();
        services.AddScoped<AccountDirectory>();
        services.AddScoped<AccountEditor>();
        services.AddScoped<AccountAdministrationService>();
        return identity;
    }

    /// <summary>After authentication: the sign-in rate limit, then the two-factor duty of staff.</summary>
    public static void UseAccountSecurity(this IApplicationBuilder app)
    {
        app.UseMiddleware<AccountPagesLanguage>();
        app.UseRateLimiter();
        app.UseMiddleware<StaffTwoFactorMiddleware>();
    }
}
