using System.Globalization;
using ComunidadPyme.Web.Features.Workspace;
using ComunidadPyme.Web.Features.Workspace.Laws;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ComunidadPyme.UnitTests.Web.Features.Workspace;

/// <summary>A section's text comes from its own resource, then from the workspace's shared one, with the portal's real resources.</summary>
public sealed class WorkspaceTextTests
{
    private static WorkspaceText<WorkspaceLawsResource> LawsText() =>
        new(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    [Theory]
    [InlineData("es", "Añadir una ley o política")]
    [InlineData("pt", "Adicionar uma lei ou política")]
    [InlineData("fr", "Ajouter une loi ou une politique")]
    public void TranslatesTheSectionsOwnText(string language, string expected)
    {
        using var _ = new UiCulture(language);

        var text = LawsText()["Add a law or policy"];

        Assert.Equal(expected, text.Value);
        Assert.False(text.ResourceNotFound);
    }

    [Fact]
    public void FallsBackToTheTextTheSectionsShare()
    {
        using var _ = new UiCulture("es");

        Assert.Equal("Acciones", LawsText()["Actions"].Value);
        Assert.Equal("Ley", LawsText()["LegalInstrumentType.Law"].Value);
    }

    [Fact]
    public void FormatsArgumentsOfSharedText()
    {
        using var _ = new UiCulture("fr");

        Assert.Contains("Loi fédérale", LawsText()["Edit “{0}”", "Loi fédérale"].Value, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownKeyIsShownAsItselfAndReportedMissing()
    {
        using var _ = new UiCulture("es");

        var text = LawsText()["No such text anywhere"];

        Assert.Equal("No such text anywhere", text.Value);
        Assert.True(text.ResourceNotFound);
    }

    [Fact]
    public void ListsEachKeyOnceWithTheSectionsTextFirst()
    {
        using var _ = new UiCulture("es");

        var all = LawsText().GetAllStrings(includeParentCultures: false).ToList();

        Assert.Equal(all.Count, all.Select(t => t.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(all, t => t.Name == "Add a law or policy");
        Assert.Contains(all, t => t.Name == "Actions");
    }

    private sealed class UiCulture : IDisposable
    {
        private readonly CultureInfo _previous = CultureInfo.CurrentUICulture;

        public UiCulture(string name) => CultureInfo.CurrentUICulture = new CultureInfo(name);

        public void Dispose() => CultureInfo.CurrentUICulture = _previous;
    }
}
