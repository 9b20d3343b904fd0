using System.Xml.Linq;

namespace ComunidadPyme.UnitTests.Web.Localization;

/// <summary>
/// The resource compiler keeps only one of two keys that differ in letter case alone ("Since {0}" and
/// "since {0}"), so the other text would silently show in English.
/// </summary>
public sealed class ResourceKeyCaseTests
{
    private static readonly string s_resources = Path.Combine(RepositoryRoot(), "src", "ComunidadPyme.Web");

    public static TheoryData<string> ResourceFiles() =>
        new(ResxFiles("*.resx")
            .Select(file => Path.GetRelativePath(s_resources, file)).Order());

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void NoTwoKeysDifferOnlyInCase(string file)
    {
        var keys = XDocument.Load(Path.Combine(s_resources, file)).Root!
            .Elements("data").Select(d => (string)d.Attribute("name")!);

        var clashes = keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(clashes);
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
