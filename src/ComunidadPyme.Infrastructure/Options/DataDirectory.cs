using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace ComunidadPyme.Infrastructure.Options;

/// <summary>Resolves and creates the data directory, so a fresh clone needs no manual setup.</summary>
public static class DataDirectory
{
    public static string Resolve(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration[$"{StorageOptions.SectionName}:{nameof(StorageOptions.DataDirectory)}"];
        var path = Path.GetFullPath(Path.Combine(environment.ContentRootPath, configured ?? new StorageOptions().DataDirectory));
        Directory.CreateDirectory(path);
        return path;
    }
}
