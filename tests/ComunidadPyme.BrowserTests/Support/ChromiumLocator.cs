namespace ComunidadPyme.BrowserTests.Support;

/// <summary>
/// Finds Debian's Chromium. Without it, browser tests are skipped on a developer machine but fail in CI,
/// where a missing browser means the install step is broken.
/// </summary>
public static class ChromiumLocator
{
    public static string? Find()
    {
        var candidates = new[] { Environment.GetEnvironmentVariable("CHROMIUM_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser" };
        return candidates.FirstOrDefault(path => !string.IsNullOrEmpty(path) && File.Exists(path));
    }

    public static bool IsCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
