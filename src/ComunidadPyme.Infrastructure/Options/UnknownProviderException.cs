namespace ComunidadPyme.Infrastructure.Options;

/// <summary>Stops start-up when <c>Database:Provider</c> names a provider the portal does not support.</summary>
public sealed class UnknownProviderException(string? provider)
    : InvalidOperationException(
        $"Database:Provider is '{provider}', which is not supported. Allowed values: {string.Join(", ", DatabaseOptions.Providers)}.");
