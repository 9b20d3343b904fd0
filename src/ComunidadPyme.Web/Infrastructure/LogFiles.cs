using ComunidadPyme.Infrastructure.Options;

namespace ComunidadPyme.Web.Infrastructure;

/// <summary>
/// A file sink's relative path in <c>Serilog:WriteTo</c> ("logs/comunidadpyme-.log") is read under
/// <c>Storage:DataDirectory</c>, with the database, the uploads and the index, so that one setting moves all of
/// the portal's files; an absolute path is left as it is.
/// </summary>
public static class LogFiles
{
    public static void PlaceUnderDataDirectory(IConfigurationManager configuration, IHostEnvironment environment)
    {
        var sinks = ((IConfiguration)configuration).GetSection("Serilog:WriteTo").GetChildren().ToList();
        if (!sinks.Any(IsRelativeFile))
        {
            return;
        }

        var dataDirectory = DataDirectory.Resolve(configuration, environment);
        foreach (var sink in sinks.Where(IsRelativeFile))
        {
            configuration[$"{sink.Path}:Args:path"] = Path.Combine(dataDirectory, sink["Args:path"]!);
        }
    }

    private static bool IsRelativeFile(IConfigurationSection sink) =>
        string.Equals(sink["Name"], "File", StringComparison.OrdinalIgnoreCase)
        && sink["Args:path"] is { Length: > 0 } path
        && !Path.IsPathRooted(path);
}
