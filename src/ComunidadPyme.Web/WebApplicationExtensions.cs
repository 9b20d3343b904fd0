using ComunidadPyme.Infrastructure.Data.Seeding;
using ComunidadPyme.Web.Features.Api;
using ComunidadPyme.Web.Features.Accounts;
using ComunidadPyme.Web.Infrastructure;
using ComunidadPyme.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Serilog;

namespace ComunidadPyme.Web;

public static class WebApplicationExtensions
{
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    }

    public static void UseWebPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error/500");
            app.UseHsts();
            app.UseImmutableVersionedAssets();
        }

        app.UseSecurityHeaders();
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseSerilogRequestLogging(options => options.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
        app.UseHeadAsGet();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseCors();
        app.UseAuthentication();
        app.UseAccountSecurity();
        app.UseAuthorization();
        app.UseOutputCache();

        // Compressed inside the output cache, so a cached page is compressed once, not on every request.
        app.UseWhen(CompressionScope.IsPublic, branch => branch.UseResponseCompression());
        app.UseApiDocumentation();

        app.MapStaticAssets();
        app.MapHealthEndpoints();
        app.MapGet("/", (HttpContext context, LinkGenerator links) => LanguageRedirect.ToPreferredLanguage(context, links)).ExcludeFromDescription();
        app.MapControllers();
        app.MapOpenDataApi();
        app.MapRazorPages();
    }

    /// <summary>Says, on the console, where to browse once the server is listening.</summary>
    public static void AnnounceAddressesOnStart(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
            foreach (var address in addresses ?? [])
            {
                app.Logger.LogInformation("Comunidad PYME is running: browse to {Address}/", address.Replace("://[::]", "://localhost").Replace("://0.0.0.0", "://localhost"));
            }
        });
}
