namespace ComunidadPyme.FunctionalTests.Support;

/// <summary>One portal (one fresh database) shared by the read-only tests of a collection.</summary>
[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFactory>
{
    public const string Name = "Read-only portal";
}
