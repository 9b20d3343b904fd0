using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace ComunidadPyme.Web.Features.Common;

/// <summary>
/// The addresses of the pages <see cref="RecordEditorController{TScope, TKey, TForm}"/> declares, below the
/// derived controller's route. Most editors keep the defaults ("new", "{id:int}/edit", "{id:int}/delete");
/// one with older addresses says so on its class (accounts: <c>[EditorRoutes(Edit = "{id}", Delete = "{id}/delete")]</c>).
/// An attribute on the derived class replaces the base's, as only one is allowed.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true, AllowMultiple = false)]
public sealed class EditorRoutesAttribute : Attribute, IControllerModelConvention
{
    public string Create { get; init; } = "new";
    public string Edit { get; init; } = "{id:int}/edit";
    public string Delete { get; init; } = "{id:int}/delete";

    public void Apply(ControllerModel controller)
    {
        foreach (var action in controller.Actions.Where(a => a.ActionMethod.DeclaringType is { IsGenericType: true } type
                     && type.GetGenericTypeDefinition() == typeof(RecordEditorController<,,>)))
        {
            var template = action.ActionName switch
            {
                nameof(Create) => Create,
                nameof(Edit) => Edit,
                nameof(Delete) => Delete,
                _ => throw new InvalidOperationException($"No address for the editor page {action.ActionName}."),
            };
            foreach (var selector in action.Selectors)
            {
                selector.AttributeRouteModel = new AttributeRouteModel(new RouteAttribute(template));
            }
        }
    }
}
