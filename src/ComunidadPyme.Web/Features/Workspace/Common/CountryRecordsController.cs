using ComunidadPyme.Core.Security;
using ComunidadPyme.Web.Features.Common;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Common;

/// <summary>
/// Base of the editors of one country's records (institutions, focal points, definitions, laws, programmes,
/// progress reports): the shared round trip, scoped to the country of the address as resolved and authorised by
/// <see cref="WorkspaceCountryFilter"/>, shown in the workspace's layout.
/// </summary>
[Authorize(Policy = Policies.Workspace)]
[TypeFilter<WorkspaceCountryFilter>]
public abstract class CountryRecordsController<TForm>(
    IRecordEditor<WorkspaceCountry, int, TForm> editor, IValidator<TForm> validator, IStringLocalizer<EditingResource> text)
    : RecordEditorController<WorkspaceCountry, int, TForm>(editor, validator, text)
    where TForm : class, IVersionedForm
{
    protected WorkspaceCountry Country => WorkspaceCountryFilter.CountryOf(HttpContext);

    protected override WorkspaceCountry Scope => Country;

    protected override string PageLayout => CountryWorkspaceController.WorkspaceLayout;
}
