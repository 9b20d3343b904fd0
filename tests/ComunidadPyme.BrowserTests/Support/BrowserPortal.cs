using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using Microsoft.Playwright;

namespace ComunidadPyme.BrowserTests.Support;

/// <summary>
/// The portal on Kestrel (a real port, a fresh SQLite file with the real migrations) and one headless
/// Chromium, shared by the tests of a collection.
/// </summary>
public sealed class BrowserPortal : WebApplicationFactory<Program>, IAsyncLifetime
{
    private static readonly string[] s_chromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private readonly string _dataDirectory =
        Path.Combine(Path.GetTempPath(), "comunidadpyme-browser", Guid.NewGuid().ToString("N"));

    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }
    public string BaseAddress { get; private set; } = string.Empty;
    public string? UnavailableReason { get; private set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Development);
        builder.UseSetting("Storage:DataDirectory", _dataDirectory);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={Path.Combine(_dataDirectory, "portal.db")}");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");

        // All browser tests sign in from 127.0.0.1; the per-address limit is tested in the functional tests.
        builder.UseSetting("Security:SignInAttemptsPerMinute", "10000");
    }

    public async Task InitializeAsync()
    {
        var chromium = ChromiumLocator.Find();
        if (chromium is null)
        {
            UnavailableReason = "Chromium is not installed (apt-get install chromium).";
            return;
        }

        UseKestrel(0);
        StartServer();
        BaseAddress = ClientOptions.BaseAddress.ToString().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = s_chromiumArgs,
        });
    }

    /// <summary>A fresh page, or a skip (a failure in CI) when no browser is available.</summary>
    public async Task<IPage> NewPageAsync(string? locale = null)
    {
        if (Browser is null)
        {
            Assert.False(ChromiumLocator.IsCi, $"Browser tests cannot run in CI: {UnavailableReason}");
            Skip.If(true, UnavailableReason);
        }

        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions { Locale = locale ?? "en-US" });

        // CI runs the functional and browser projects side by side on two cores; a first render of a page in a
        // Debug build can then take longer than Playwright's 30 s default without anything being wrong.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return await context.NewPageAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await DisposeAsync();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean with the temp folder.
        }
    }
}
