using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Primitives;
using Moq;

namespace ComunidadPyme.UnitTests.Web.Features.Common;

/// <summary>The shared round trip, with an editor that answers as each case needs.</summary>
public sealed class RecordEditorControllerTests
{
    private const string EditUrl = "/en/things/5/edit";

    private readonly Mock<IRecordEditor<string, int, ThingForm>> _editor = new();
    private readonly InlineValidator<ThingForm> _validator = new();

    public RecordEditorControllerTests()
    {
        _editor.Setup(e => e.Labels).Returns(KeysAsText());
        _editor.Setup(e => e.LoadAsync("scope", 5, It.IsAny<CancellationToken>())).ReturnsAsync(Page("Saved name"));
        _editor.Setup(e => e.ProblemsAsync("scope", 5, It.IsAny<ThingForm>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        _editor.Setup(e => e.ProblemsOfNewAsync("scope", It.IsAny<ThingForm>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
    }

    [Fact]
    public async Task ASaveGoesBackToTheListWithTheStatusMessage()
    {
        _editor.Setup(e => e.UpdateAsync("scope", 5, It.IsAny<ThingForm>(), It.IsAny<CancellationToken>())).ReturnsAsync(EditOutcome.Saved);
        var controller = Controller();

        var result = await controller.Edit(5, new ThingForm { Name = "Mine" }, CancellationToken.None);

        var redirect = Assert.IsType<RedirectToActionResult>(result);
        Assert.Equal("Index", redirect.ActionName);
        Assert.Equal("en", redirect.RouteValues!["lang"]);
        Assert.False(redirect.RouteValues.ContainsKey("id"));
        Assert.Equal("Saved. The public pages show the change now.", controller.TempData.TakeStatusMessage());
    }

    [Fact]
    public async Task ASaveAfterSomeoneElsesShowsBothVersionsWithA409AndKeepsWhatWasTyped()
    {
        _editor.Setup(e => e.UpdateAsync("scope", 5, It.IsAny<ThingForm>(), It.IsAny<CancellationToken>())).ReturnsAsync(EditOutcome.Conflict);
        var controller = Controller(("Form.Name", "Mine"), ("Form.Version", Guid.Empty.ToString()));

        var result = await controller.Edit(5, new ThingForm { Name = "Mine" }, CancellationToken.None);

        var view = Assert.IsType<ViewResult>(result);
        Assert.Equal((EditorViews.Conflict, StatusCodes.Status409Conflict), (view.ViewName, view.StatusCode));
        var conflict = Assert.IsType<ConflictViewModel>(view.Model);
        var name = Assert.Single(conflict.Fields);
        Assert.Equal(("Name", "Saved name", "Mine", true), (name.Label, name.Theirs, name.Yours, name.Differs));
        Assert.Equal(EditUrl, conflict.KeepTheirsUrl);
        Assert.Contains(KeyValuePair.Create("Form.Version", Page("Saved name").Form.Version.ToString()), conflict.YourValues);
        Assert.Contains(KeyValuePair.Create("Form.Name", "Mine"), conflict.YourValues);
        Assert.Null(controller.TempData.TakeStatusMessage());
    }

    [Fact]
    public async Task AnInvalidFormIsShownAgainWithItsMessagesAndNotSaved()
    {
        _validator.RuleFor(f => f.Name).NotEmpty().WithMessage("Enter a name.");
        var controller = Controller();

        var result = await controller.Edit(5, new ThingForm { Name = "" }, CancellationToken.None);

        var view = Assert.IsType<ViewResult>(result);
        Assert.Equal("Edit", view.ViewName);
        Assert.Equal("Enter a name.", controller.ModelState["Form.Name"]!.Errors.Single().ErrorMessage);
        _editor.Verify(e => e.UpdateAsync(It.IsAny<string>(), It.IsAny<int>(), It.IsAny<ThingForm>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task AChoiceThePageDidNotOfferIsRefusedUnlessTheValidatorAlreadySaidWhy()
    {
        var page = Page("Saved name");
        _editor.Setup(e => e.LoadAsync("scope", 5, It.IsAny<CancellationToken>())).ReturnsAsync(new EditorPage<ThingForm>
        {
            Id = 5, Form = page.Form, Options = new Dictionary<string, IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem>>
            {
                [nameof(ThingForm.Name)] = [new("Offered", "offered")],
                [nameof(ThingForm.Colour)] = [new("Blue", "blue")],
            },
        });
        _validator.RuleFor(f => f.Name).Must(n => n != "refused").WithMessage("The validator's reason.");
        var controller = Controller();

        await controller.Edit(5, new ThingForm { Name = "refused", Colour = "red" }, CancellationToken.None);

        Assert.Equal(["The validator's reason."], controller.ModelState["Form.Name"]!.Errors.Select(e => e.ErrorMessage));
        Assert.Equal(["Choose one of the options."], controller.ModelState["Form.Colour"]!.Errors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public async Task AValueTheDatabaseRefusedMeanwhileBecomesAFieldMessage()
    {
        _editor.Setup(e => e.NewAsync("scope", It.IsAny<CancellationToken>())).ReturnsAsync(new EditorPage<ThingForm> { Form = new ThingForm() });
        _editor.Setup(e => e.CreateAsync("scope", It.IsAny<ThingForm>(), It.IsAny<CancellationToken>())).ReturnsAsync(EditOutcome.Refused);
        _editor.SetupSequence(e => e.ProblemsOfNewAsync("scope", It.IsAny<ThingForm>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([])
            .ReturnsAsync([new FieldProblem("Name", "Someone took this name.")]);
        var controller = Controller();

        var result = await controller.Create(new ThingForm { Name = "Taken" }, CancellationToken.None);

        Assert.Equal("Edit", Assert.IsType<ViewResult>(result).ViewName);
        Assert.Equal("Someone took this name.", controller.ModelState["Form.Name"]!.Errors.Single().ErrorMessage);
        Assert.Null(controller.TempData.TakeStatusMessage());
    }

    [Fact]
    public async Task ALockedRecordIsNeitherValidatedNorSaved()
    {
        var locked = new EditorPage<ThingForm> { Id = 5, Form = new ThingForm(), LockedReason = "Submitted." };
        _editor.Setup(e => e.LoadAsync("scope", 5, It.IsAny<CancellationToken>())).ReturnsAsync(locked);
        var controller = Controller();

        var result = await controller.Edit(5, new ThingForm { Name = "Mine" }, CancellationToken.None);

        var view = Assert.IsType<ViewResult>(result);
        Assert.Equal((StatusCodes.Status409Conflict, (object)locked), (view.StatusCode, view.Model!));
        _editor.Verify(e => e.UpdateAsync(It.IsAny<string>(), It.IsAny<int>(), It.IsAny<ThingForm>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task AStaleDeleteIsRefusedWithTheConfirmationPageAgain()
    {
        _editor.Setup(e => e.DeleteAsync("scope", 5, It.IsAny<Guid>(), It.IsAny<CancellationToken>())).ReturnsAsync(EditOutcome.Conflict);
        _editor.Setup(e => e.LoadDeleteAsync("scope", 5, It.IsAny<CancellationToken>())).ReturnsAsync(new DeleteViewModel("Thing", [], Guid.NewGuid()));
        var controller = Controller();

        var result = await controller.Delete(5, Guid.NewGuid(), CancellationToken.None);

        var view = Assert.IsType<ViewResult>(result);
        Assert.Equal((EditorViews.Delete, StatusCodes.Status409Conflict), (view.ViewName, view.StatusCode));
        Assert.True(Assert.IsType<DeleteViewModel>(view.Model).ChangedMeanwhile);
    }

    [Fact]
    public async Task AnEditorThatDoesNotCreateOrDeleteAnswersNotFound()
    {
        var editor = new Mock<IRecordEditor<string, int, ThingForm>> { CallBase = true };
        var controller = Controller(editor: editor.Object);

        Assert.IsType<NotFoundResult>(await controller.Create(CancellationToken.None));
        Assert.IsType<NotFoundResult>(await controller.Delete(5, CancellationToken.None));
        Assert.IsType<NotFoundResult>(await controller.Delete(5, Guid.NewGuid(), CancellationToken.None));
    }

    private static EditorPage<ThingForm> Page(string name) => new()
    {
        Id = 5,
        RecordTitle = name,
        Form = new ThingForm { Name = name, Version = new Guid("6a1f3c52-0d55-4a0e-9a8e-0c1d2e3f4a5b") },
    };

    private ThingsController Controller(params (string Name, string Value)[] posted) => Controller(null, posted);

    private ThingsController Controller(IRecordEditor<string, int, ThingForm>? editor, params (string Name, string Value)[] posted)
    {
        var http = new DefaultHttpContext();
        http.Request.Method = "POST";
        http.Request.Path = "/en/things/5/edit";
        http.Request.ContentType = "application/x-www-form-urlencoded";
        http.Request.Form = new FormCollection(posted.ToDictionary(f => f.Name, f => new StringValues(f.Value)));
        var routeData = new RouteData();
        routeData.Values["lang"] = "en";
        routeData.Values["id"] = "5";
        var url = new Mock<IUrlHelper>();
        url.Setup(u => u.Action(It.IsAny<UrlActionContext>())).Returns((UrlActionContext c) => c.Action == "Edit" ? EditUrl : "/en/things");
        return new ThingsController(editor ?? _editor.Object, _validator, KeysAsText<EditingResource>())
        {
            ControllerContext = new ControllerContext { HttpContext = http, RouteData = routeData },
            TempData = new TempDataDictionary(http, Mock.Of<ITempDataProvider>()),
            Url = url.Object,
        };
    }

    private static IStringLocalizer<T> KeysAsText<T>()
    {
        var localizer = new Mock<IStringLocalizer<T>>();
        localizer.Setup(l => l[It.IsAny<string>()]).Returns((string key) => new LocalizedString(key, key));
        return localizer.Object;
    }

    private static IStringLocalizer KeysAsText() => KeysAsText<ThingForm>();

    public sealed class ThingForm : IVersionedForm
    {
        public Guid Version { get; set; }

        [FieldLabel("Name")]
        public string? Name { get; set; }

        public string? Colour { get; set; }
    }

    public sealed class ThingsController(IRecordEditor<string, int, ThingForm> editor, IValidator<ThingForm> validator, IStringLocalizer<EditingResource> text)
        : RecordEditorController<string, int, ThingForm>(editor, validator, text)
    {
        protected override string Scope => "scope";
    }
}
