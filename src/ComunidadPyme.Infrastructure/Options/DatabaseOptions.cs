namespace ComunidadPyme.Infrastructure.Options;

/// <summary>The <c>Database</c> section: which provider, and whether to migrate on start.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";

    public static readonly IReadOnlyList<string> Providers = [Sqlite, SqlServer];

    public string Provider { get; set; } = Sqlite;

    /// <summary>Apply pending migrations on start (always on in Development).</summary>
    public bool MigrateOnStartup { get; set; }

    /// <summary>Fill an empty database with the reference data, and sample content when true.</summary>
    public bool SeedSampleContent { get; set; }
}
