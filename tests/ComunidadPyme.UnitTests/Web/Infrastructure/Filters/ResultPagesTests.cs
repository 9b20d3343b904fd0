using ComunidadPyme.Web.Infrastructure.Filters;

namespace ComunidadPyme.UnitTests.Web.Infrastructure.Filters;

public sealed class ResultPagesTests
{
    private static ResultPages Pages(int page, int total, Dictionary<string, string?>? query = null) =>
        new(page, 20, total, "/en/laws", query ?? []);

    [Fact]
    public void CountsWholePages()
    {
        Assert.Equal(0, Pages(1, 0).PageCount);
        Assert.Equal(1, Pages(1, 20).PageCount);
        Assert.Equal(3, Pages(1, 41).PageCount);
    }

    [Fact]
    public void OffersTheEndsAndTheNeighboursOfTheCurrentPage()
    {
        Assert.Equal([1, 0, 8, 9, 10, 11, 12, 0, 30], Pages(10, 600).Numbers());
        Assert.Equal([1, 2, 3, 0, 30], Pages(1, 600).Numbers());
    }

    [Fact]
    public void KeepsTheFiltersAndDropsEmptyOnesInPageLinks()
    {
        var pages = Pages(2, 100, new() { ["q"] = "régimen & co", ["country"] = "", ["year"] = "2016" });

        Assert.Equal("/en/laws?q=r%C3%A9gimen%20%26%20co&year=2016&page=3", pages.UrlFor(3));
        Assert.Equal("/en/laws?q=r%C3%A9gimen%20%26%20co&year=2016", pages.UrlFor(1));
    }

    [Fact]
    public void HasNoNextPageBeyondTheLast()
    {
        var beyond = Pages(9, 41);

        Assert.False(beyond.HasNext);
        Assert.True(beyond.HasPrevious);
    }
}
