using Microsoft.AspNetCore.ResponseCompression;
using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Security;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Infrastructure.Identity;
using ComunidadPyme.Web.Features.Compare;
using ComunidadPyme.Web.Features.Accounts;
using ComunidadPyme.Web.Features.Countries;
using ComunidadPyme.Web.Features.Home;
using ComunidadPyme.Web.Features.Indicators;
using ComunidadPyme.Web.Features.Maps;
using ComunidadPyme.Web.Features.Laws;
using ComunidadPyme.Web.Features.Programmes;
using ComunidadPyme.Web.Features.Progress;
using ComunidadPyme.Web.Features.Workspace.Review;
using ComunidadPyme.Web.Features.Api;
using ComunidadPyme.Web.Features.OpenData;
using ComunidadPyme.Web.Features.CountryProfile;
using ComunidadPyme.Web.Features.Charts;
using ComunidadPyme.Web.Features.Feeds;
using ComunidadPyme.Web.Features.Problems;
using ComunidadPyme.Web.Features.Following;
using ComunidadPyme.Web.Features.IndicatorCatalogue;
using ComunidadPyme.Web.Features.Workspace.Observations;
using ComunidadPyme.Web.Features.Workspace;
using ComunidadPyme.Web.Features.Workspace.Authorization;
using Microsoft.AspNetCore.Authorization;
using ComunidadPyme.Web.Infrastructure;
using ComunidadPyme.Web.Infrastructure.Caching;
using ComunidadPyme.Web.Infrastructure.Filters;
using ComunidadPyme.Web.Infrastructure.ModelBinding;
using ComunidadPyme.Web.Localization;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

namespace ComunidadPyme.Web;

public static class WebServices
{
    public static IServiceCollection AddWebServices(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();

        services.AddDefaultIdentity<ApplicationUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = true;
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddPortalAccountSecurity(configuration, environment);
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Administer, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(Policies.Review, p => p.RequireRole(Roles.Administrator, Roles.Reviewer))
            .AddPolicy(Policies.Workspace, p => p.RequireRole(Roles.Administrator, Roles.Reviewer, Roles.FocalPoint));

        services.AddScoped<IAuthorizationHandler, CountryAccessHandler>();

        // Accented letters are written as themselves in UTF-8 ("Brésil", not "Br&#xE9;sil"): pages are smaller and
        // readable as sent; the encoder still escapes everything unsafe in HTML (<, >, &, quotes).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(SupportedCultures.Default);
            options.SupportedCultures = SupportedCultures.All.ToList();
            options.SupportedUICultures = SupportedCultures.All.ToList();
            options.RequestCultureProviders.Insert(0, new RouteLanguageCultureProvider());
        });
        services.Configure<RouteOptions>(options =>
        {
            options.LowercaseUrls = true;
            options.ConstraintMap[LanguageRouteConstraint.Name] = typeof(LanguageRouteConstraint);
        });
        services.AddControllersWithViews(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                options.Filters.Add(new SignedInNoStoreFilter());
                options.ModelBinderProviders.Insert(0, new CleanTextModelBinderProvider());
            })
            .AddRazorOptions(options => options.ViewLocationExpanders.Add(new FeatureFolderViews()))
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) =>
                factory.Create(typeof(SharedResource)));
        services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((options, factory) =>
            BindingMessages.Localize(options.ModelBindingMessageProvider, factory.Create(typeof(SharedResource))));
        services.AddRazorPages();
        services.AddValidatorsFromAssemblyContaining<Program>();
        services.AddOutputCache(options =>
        {
            options.AddPolicy(PublicCache.SharedPage, policy => policy
                .Expire(TimeSpan.FromMinutes(10)).SetVaryByHeader(HeaderNames.AcceptEncoding).Tag(PublicCache.AllTag));
            options.AddPolicy(PublicCache.CountryPage, policy => policy
                .Expire(TimeSpan.FromMinutes(10)).SetVaryByHeader(HeaderNames.AcceptEncoding).Tag(PublicCache.AllTag)
                .AddPolicy<CountryTagPolicy>());
        });
        services.AddSingleton<ICountryDataChangeListener, OutputCacheInvalidator>();
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml"]);
        });

        // Pages are cached after compression is chosen, so the better ratio costs little: brotli's default is "fastest".
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = System.IO.Compression.CompressionLevel.Optimal);

        services.AddScoped<CountryDirectoryService>();
        services.AddScoped<CountryChoiceService>();
        services.AddMapsFeature(environment).AddHomeFeature().AddIndicatorsFeature().AddCompareFeature();
        services.AddLawsFeature();
        services.AddProgrammesFeature();
        services.AddProgressFeature();
        services.AddOpenDataApi();
        services.AddOpenDataDownloads();
        services.AddCountryProfileFeature();
        services.AddChartsFeature();
        services.AddFeedsFeature();
        services.AddProblemsFeature();
        services.AddFollowingFeature(configuration);
        services.AddObservationsFeature();
        services.AddIndicatorCatalogueFeature();
        services.AddWorkspaceFeature();
        services.AddReviewFeature();
        return services;
    }
}
