using ComunidadPyme.Web.Features.Maps;

namespace ComunidadPyme.UnitTests.Web.Features.Maps;

/// <summary>The committed map file holds every member state, drawable and small enough to send inline.</summary>
public sealed class AmericasMapShapesTests
{
    private static readonly string s_file = Path.Combine(RepositoryRoot(), "src", "ComunidadPyme.Web", AmericasMapShapes.RelativePath);

    [Fact]
    public void HoldsThePathOfEachOfTheThirtyFiveMemberStates()
    {
        var map = AmericasMapShapes.Load(s_file);

        Assert.Equal(35, map.Countries.Select(c => c.Iso2).Distinct().Count());
        Assert.All(map.Countries, c => Assert.Matches("^M[-0-9. lz M]+z$", c.Path));
        Assert.Contains("Natural Earth", map.Attribution);
        Assert.Matches(@"^0 0 \d+ \d+$", map.ViewBox);
    }

    [Fact]
    public void MarksTheSmallIslandStatesSoTheyCanBeClicked()
    {
        var map = AmericasMapShapes.Load(s_file);

        var marked = map.Countries.Where(c => c.Marker is not null).Select(c => c.Iso2).ToList();
        Assert.Contains("KN", marked);
        Assert.Contains("GD", marked);
        Assert.DoesNotContain("BR", marked);
    }

    [Fact]
    public void StaysSmallEnoughToDrawInline()
    {
        Assert.InRange(new FileInfo(s_file).Length, 10_000, 200_000);
    }

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
