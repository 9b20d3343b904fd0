using System.Net;
using System.Text.Json;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace ComunidadPyme.FunctionalTests.Support;

/// <summary>Reads API answers as a client would, and the database as the truth to compare them with.</summary>
internal static class ApiResponses
{
    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    /// <summary>The RFC 9457 body of an error answer, after checking its status and media type.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    /// <summary>The messages a 400 answer gives for one query parameter; fails when it names none.</summary>
    public static async Task<IReadOnlyList<string>> ErrorsForAsync(HttpResponseMessage response, string parameter)
    {
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(parameter, out var messages),
            $"expected an error for '{parameter}', got {errors}");
        return messages.EnumerateArray().Select(m => m.GetString()!).ToList();
    }

    public static async Task<T> QueryAsync<T>(PortalFactory portal, Func<AppDbContext, Task<T>> query)
    {
        using var scope = portal.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
