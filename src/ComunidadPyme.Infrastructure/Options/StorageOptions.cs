namespace ComunidadPyme.Infrastructure.Options;

/// <summary>The <c>Storage</c> section: where the portal keeps files (SQLite database, uploads, mail drop).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Absolute, or relative to the content root. Never under wwwroot.</summary>
    public string DataDirectory { get; set; } = "App_Data";
}
