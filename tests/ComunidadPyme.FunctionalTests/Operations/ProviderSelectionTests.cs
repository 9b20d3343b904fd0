using ComunidadPyme.Infrastructure;
using ComunidadPyme.Infrastructure.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace ComunidadPyme.FunctionalTests.Operations;

public sealed class ProviderSelectionTests
{
    private sealed class Environment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;
        public string ApplicationName { get; set; } = "ComunidadPyme.Web";
        public string ContentRootPath { get; set; } = Path.GetTempPath();
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    [Fact]
    public void StopsStartUpNamingTheAllowedProvidersGivenAnUnknownOne()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = "Oracle" })
            .Build();

        var error = Assert.Throws<UnknownProviderException>(
            () => new ServiceCollection().AddInfrastructure(configuration, new Environment()));

        Assert.Contains("'Oracle'", error.Message);
        Assert.Contains("Sqlite, SqlServer", error.Message);
    }
}
