using System.Net;
using System.Text.Json;
using ComunidadPyme.FunctionalTests.Support;

namespace ComunidadPyme.FunctionalTests.Operations;

[Collection(PortalCollection.Name)]
public sealed class HealthEndpointsTests(PortalFactory portal)
{
    [Fact]
    public async Task LiveAnswersHealthy()
    {
        var response = await portal.CreateClient().GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await StatusOf(response));
    }

    [Fact]
    public async Task ReadyChecksTheDatabase()
    {
        var response = await portal.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("database").GetString());
    }

    private static async Task<string?> StatusOf(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("status").GetString();
    }
}
