namespace ComunidadPyme.FunctionalTests.Support;

/// <summary>
/// A portal on a data directory that outlives it, so a test can stop it, change or inspect the database,
/// and start another portal on the same files as a restart would. The test deletes the directory.
/// </summary>
public sealed class RestartedPortal(string dataDirectory) : PortalFactory(dataDirectory)
{
    protected override bool DeletesDataOnDispose => false;
}
