using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace ComunidadPyme.FunctionalTests.Support;

/// <summary>
/// Starts the portal on its own fresh SQLite file, migrated with the real migrations and seeded as on a
/// first start, in the Development environment (so the sample accounts exist).
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory;

    public PortalFactory()
        : this(NewDataDirectory())
    {
    }

    /// <summary>A portal on an existing data directory (e.g. to restart on the database another portal left).</summary>
    protected PortalFactory(string dataDirectory) => _dataDirectory = dataDirectory;

    public static string NewDataDirectory() =>
        Path.Combine(Path.GetTempPath(), "comunidadpyme-tests", Guid.NewGuid().ToString("N"));

    /// <summary>False for a portal whose data directory outlives it.</summary>
    protected virtual bool DeletesDataOnDispose => true;

    public string DataDirectory => _dataDirectory;

    protected virtual string EnvironmentName => Environments.Development;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Storage:DataDirectory", _dataDirectory);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Database:SeedSampleContent", "true");
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={Path.Combine(_dataDirectory, "portal.db")}");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");

        // Every test request comes from the same (missing) client address, so the per-address sign-in
        // limit would throttle unrelated tests; the limit itself is tested with its own factory.
        builder.UseSetting("Security:SignInAttemptsPerMinute", "10000");

        // The scheduled stale-data reminders would send e-mails at random moments of a test; tests run the job themselves.
        builder.UseSetting("Reminders:Enabled", "false");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (!DeletesDataOnDispose)
            {
                return;
            }

            try
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open is left for the OS to clean with the temp folder.
            }
        }
    }
}
