using ComunidadPyme.Infrastructure;
using ComunidadPyme.Web;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);

    ComunidadPyme.Web.Infrastructure.LogFiles.PlaceUnderDataDirectory(builder.Configuration, builder.Environment);

    // The static bootstrap logger is kept for start-up failures; the host gets its own configured logger,
    // so several hosts (as in the functional tests) can start in one process.
    builder.Services.AddSerilog(
        (services, logger) => ConfigureLogger(logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services), builder.Configuration),
        preserveStaticLogger: true);

    builder.Services.AddInfrastructure(builder.Configuration, builder.Environment);
    builder.Services.AddWebServices(builder.Configuration, builder.Environment);

    var app = builder.Build();
    await app.InitializeDatabaseAsync();
    app.UseWebPipeline();
    app.AnnounceAddressesOnStart();
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "Comunidad PYME could not start: {Reason}", ex.Message);
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

// Without a Serilog section (e.g. started from a folder without appsettings.json) errors must still be seen.
static LoggerConfiguration ConfigureLogger(LoggerConfiguration logger, IConfiguration configuration) =>
    configuration.GetSection("Serilog:WriteTo").Exists() ? logger : logger.WriteTo.Console();

/// <summary>Exposed so the functional tests can start the portal with <c>WebApplicationFactory</c>.</summary>
public partial class Program;
