namespace ComunidadPyme.Web.Features.IndicatorCatalogue;

/// <summary>The new-or-edit page: the form, and after a conflict the fields where the saved version differs.</summary>
public sealed record IndicatorEditViewModel(IndicatorForm Form, IReadOnlyList<IndicatorFieldDifference> Conflict)
{
    public bool IsNew => Form.Id is null;
}
