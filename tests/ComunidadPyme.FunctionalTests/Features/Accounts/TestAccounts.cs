using ComunidadPyme.Core.Security;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComunidadPyme.FunctionalTests.Features.Accounts;

/// <summary>Creates fresh, confirmed accounts for tests that change them (lock, disable, new password).</summary>
public static class TestAccounts
{
    public const string Password = "Plain words make a fine passphrase";

    public static async Task<string> CreateAsync(
        WebApplicationFactory<Program> factory, string role = Roles.FocalPoint, params string[] countryIso2)
    {
        var email = $"{role.ToLowerInvariant()}.{Guid.NewGuid():N}@ministry.example.org";
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var iso2 = countryIso2.Length == 0 && role == Roles.FocalPoint ? ["CL"] : countryIso2;
        var countryIds = await db.Countries.Where(c => iso2.Contains(c.Iso2)).Select(c => c.Id).ToListAsync();
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = "Test " + role,
            Countries = countryIds.Select(id => new CountryAssignment { CountryId = id }).ToList(),
        };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        return email;
    }

    public static async Task<T> WithDatabaseAsync<T>(WebApplicationFactory<Program> factory, Func<AppDbContext, Task<T>> read)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public static Task<ApplicationUser> FindAsync(WebApplicationFactory<Program> factory, string email) =>
        WithDatabaseAsync(factory, db => db.Users.Include(u => u.Countries).AsNoTracking().SingleAsync(u => u.Email == email));
}
