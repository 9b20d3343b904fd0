using System.Net;
using AngleSharp.Dom;
using ComunidadPyme.FunctionalTests.Support;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace ComunidadPyme.FunctionalTests.Features.CountryProfile;

/// <summary>Shortcuts the profile tests share: open a page that must exist, read the database.</summary>
internal static class ProfilePortal
{
    public static async Task<IDocument> OpenPageAsync(this PortalFactory portal, string path)
    {
        var response = await portal.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlDocument.ParseAsync(response);
    }

    public static async Task<T> QueryAsync<T>(this PortalFactory portal, Func<AppDbContext, Task<T>> query)
    {
        using var scope = portal.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
