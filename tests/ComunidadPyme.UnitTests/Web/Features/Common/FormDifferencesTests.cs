using ComunidadPyme.Core.Countries;
using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Web.Features.Workspace.Common;
using ComunidadPyme.Web.Features.Workspace.FocalPoints;
using ComunidadPyme.Web.Features.Workspace.Institutions;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using Moq;

namespace ComunidadPyme.UnitTests.Web.Features.Common;

public sealed class FormDifferencesTests
{
    private static readonly IStringLocalizer s_keys = KeysAsText();

    [Fact]
    public void ListsEveryLabelledFieldWithBothValues()
    {
        var theirs = new InstitutionForm { Name = new TranslatableTextForm { Original = "Theirs", Language = "en" }, Kind = InstitutionKind.Other };
        var yours = new InstitutionForm { Name = new TranslatableTextForm { Original = "Yours", Language = "en" }, Kind = InstitutionKind.Other };

        var fields = FormDifferences.Compare(theirs, yours, s_keys);

        var name = Assert.Single(fields, f => f.Label == "Name › Original text");
        Assert.Equal(("Theirs", "Yours"), (name.Theirs, name.Yours));
        Assert.True(name.Differs);
        Assert.False(Assert.Single(fields, f => f.Label == "Kind of institution").Differs);
        Assert.DoesNotContain(fields, f => f.Label.Contains("Version", StringComparison.Ordinal));
    }

    [Fact]
    public void NamesChoicesAndFlagsAsPeopleReadThem()
    {
        var options = new Dictionary<string, IReadOnlyList<SelectListItem>>
        {
            [nameof(FocalPointForm.InstitutionId)] = [new SelectListItem("Ministry of Economy", "7")],
        };
        var theirs = new FocalPointForm { InstitutionId = 7, PublicFields = [ContactFields.Name, ContactFields.Email] };
        var yours = new FocalPointForm { InstitutionId = null, PublicFields = [ContactFields.Name] };

        var fields = FormDifferences.Compare(theirs, yours, s_keys, options);

        Assert.Equal("Ministry of Economy", Assert.Single(fields, f => f.Label == "Institution").Theirs);
        var shown = Assert.Single(fields, f => f.Label == "Shown to the public");
        Assert.Equal(("ContactFields.Name\nContactFields.Email", "ContactFields.Name"), (shown.Theirs, shown.Yours));
    }

    [Fact]
    public void NamesTextChoicesAndListsTheirLanguagesOneByOne()
    {
        var options = new Dictionary<string, IReadOnlyList<SelectListItem>>
        {
            [nameof(ComunidadPyme.Web.Features.IndicatorCatalogue.IndicatorForm.Theme)] = [new SelectListItem("Employment", "Employment")],
        };
        var theirs = new ComunidadPyme.Web.Features.IndicatorCatalogue.IndicatorForm { Theme = "Employment", Name = new LocalizedTextForm { En = "Jobs" } };
        var yours = new ComunidadPyme.Web.Features.IndicatorCatalogue.IndicatorForm { Theme = "employment", Name = new LocalizedTextForm { En = "Work" } };

        var fields = FormDifferences.Compare(theirs, yours, s_keys, options);

        var theme = Assert.Single(fields, f => f.Label == "Theme");
        Assert.Equal(("Employment", "Employment", false), (theme.Theirs, theme.Yours, theme.Differs));
        var name = Assert.Single(fields, f => f.Label == "Name › English");
        Assert.Equal(("Jobs", "Work"), (name.Theirs, name.Yours));
        Assert.False(Assert.Single(fields, f => f.Label == "Name › French").Differs);
    }

    [Fact]
    public void AmountsThatDifferOnlyInScaleAreTheSame()
    {
        var theirs = new ComunidadPyme.Web.Features.Workspace.Definitions.DefinitionForm { EmployeeWeight = 0.1m };
        var yours = new ComunidadPyme.Web.Features.Workspace.Definitions.DefinitionForm { EmployeeWeight = 0.1000m };

        var weight = Assert.Single(FormDifferences.Compare(theirs, yours, s_keys), f => f.Label == "Weight of employees");

        Assert.False(weight.Differs);
    }

    private static IStringLocalizer KeysAsText()
    {
        var localizer = new Mock<IStringLocalizer>();
        localizer.Setup(l => l[It.IsAny<string>()]).Returns((string key) => new LocalizedString(key, key));
        localizer.Setup(l => l[It.IsAny<string>(), It.IsAny<object[]>()])
            .Returns((string key, object[] args) => new LocalizedString(key, string.Format(key, args)));
        return localizer.Object;
    }
}
