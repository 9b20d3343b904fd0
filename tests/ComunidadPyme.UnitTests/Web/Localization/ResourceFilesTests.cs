using ComunidadPyme.Web.Localization;
using System.Xml.Linq;

namespace ComunidadPyme.UnitTests.Web.Localization;

/// <summary>Every interface text exists in Spanish, Portuguese and French, and none is left empty.</summary>
public sealed class ResourceFilesTests
{
    private static readonly string s_resources = Path.Combine(RepositoryRoot(), "src", "ComunidadPyme.Web");

    public static TheoryData<string> BaseNames() => new(AllBaseNames());

    private static IEnumerable<string> AllBaseNames() =>
        ResxFiles("*.es.resx")
            .Select(file => Path.GetRelativePath(s_resources, file)[..^".es.resx".Length]);

    [Theory]
    [MemberData(nameof(BaseNames))]
    public void EveryLanguageHasTheSameKeys(string baseName)
    {
        var spanish = Keys(baseName, ".es");

        Assert.Equal(spanish, Keys(baseName, ".pt"));
        Assert.Equal(spanish, Keys(baseName, ".fr"));
        Assert.Subset(spanish, Keys(baseName, string.Empty));
    }

    [Theory]
    [MemberData(nameof(BaseNames))]
    public void NoTextIsEmpty(string baseName)
    {
        foreach (var culture in new[] { ".es", ".pt", ".fr" })
        {
            Assert.All(Entries(baseName, culture), entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), $"{baseName}{culture}: {entry.Key}"));
        }
    }

    [Fact]
    public void FindsTheSharedResources()
    {
        Assert.Contains(Path.Combine("Localization", "SharedResource"), AllBaseNames());
    }

    /// <summary>
    /// The localizer finds a text by the full name of its marker type, so each resource file must sit beside a
    /// type of its name in the folder of that type's namespace (the feature's folder).
    /// </summary>
    [Theory]
    [MemberData(nameof(BaseNames))]
    public void SitsBesideItsMarkerType(string baseName)
    {
        var typeName = "ComunidadPyme.Web." + baseName.Replace(Path.DirectorySeparatorChar, '.');

        Assert.NotNull(typeof(SharedResource).Assembly.GetType(typeName));
    }

    private static SortedSet<string> Keys(string baseName, string culture) =>
        new(Entries(baseName, culture).Select(e => e.Key), StringComparer.Ordinal);

    private static IEnumerable<KeyValuePair<string, string>> Entries(string baseName, string culture)
    {
        var path = Path.Combine(s_resources, baseName + culture + ".resx");
        if (!File.Exists(path))
        {
            return [];
        }

        return XDocument.Load(path).Root!.Elements("data")
            .Select(d => KeyValuePair.Create((string)d.Attribute("name")!, (string?)d.Element("value") ?? string.Empty));
    }

    /// <summary>The project's resource files, leaving out build output.</summary>
    private static IEnumerable<string> ResxFiles(string pattern) =>
        Directory.EnumerateFiles(s_resources, pattern, SearchOption.AllDirectories)
            .Where(file => !Path.GetRelativePath(s_resources, file).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Order();

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ComunidadPyme.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ComunidadPyme.sln not found above the test folder.");
    }
}
