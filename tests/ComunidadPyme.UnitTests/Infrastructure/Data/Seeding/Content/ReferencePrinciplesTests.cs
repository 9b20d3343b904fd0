using ComunidadPyme.Core.Principles;
using ComunidadPyme.Infrastructure.Data.Seeding.Content;

namespace ComunidadPyme.UnitTests.Infrastructure.Data.Seeding.Content;

public class ReferencePrinciplesTests
{
    [Fact]
    public void HasTheSixteenPrinciplesAndFiveAreasOfEmphasis()
    {
        var all = ReferencePrinciples.All();

        Assert.Equal(Principle.PrincipleCount, all.Count(p => p.Kind == PrincipleKind.Principle));
        Assert.Equal(Principle.AreaOfEmphasisCount, all.Count(p => p.Kind == PrincipleKind.AreaOfEmphasis));
    }

    [Fact]
    public void TagsForWomenEntrepreneursTheAreaWhoseAgreedTextNamesThem()
    {
        var tagged = Assert.Single(ReferencePrinciples.All(), p => p.ConcernsWomenEntrepreneurs);

        Assert.Equal((PrincipleKind.AreaOfEmphasis, 5), (tagged.Kind, tagged.Number));
        Assert.Contains("women entrepreneurs", tagged.Text.En, StringComparison.Ordinal);
    }
}
