using System.Net;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;

namespace ComunidadPyme.FunctionalTests.Operations;

public sealed class UnreachableDatabaseTests : IClassFixture<UnreachableDatabaseTests.PortalWithoutDatabase>
{
    private readonly PortalWithoutDatabase _portal;

    public UnreachableDatabaseTests(PortalWithoutDatabase portal) => _portal = portal;

    /// <summary>SQL Server on a port where nothing listens.</summary>
    public sealed class PortalWithoutDatabase : PortalFactory
    {
        protected override string EnvironmentName => Environments.Production;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Database:Provider", "SqlServer");
            builder.UseSetting("Database:MigrateOnStartup", "false");
            builder.UseSetting("ConnectionStrings:SqlServer",
                "Server=tcp:127.0.0.1,1;Database=Nowhere;User Id=x;Password=x;Connect Timeout=2;ConnectRetryCount=0;TrustServerCertificate=true");
        }
    }

    [Fact]
    public async Task StartsAndReportsNotReady()
    {
        var client = _portal.CreateClient();

        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("Unhealthy", await ready.Content.ReadAsStringAsync());
    }
}
