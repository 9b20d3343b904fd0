using ComunidadPyme.Core.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Common;

/// <summary>
/// Base of the administrators' editors (reporting cycles, principles, the indicator catalogue, accounts): data
/// shared by all countries, so being an administrator is the whole authorization.
/// </summary>
[Authorize(Policy = Policies.Administer)]
public abstract class AdminRecordsController<TKey, TForm>(
    IRecordEditor<SharedData, TKey, TForm> editor, IValidator<TForm> validator, IStringLocalizer<EditingResource> text)
    : RecordEditorController<SharedData, TKey, TForm>(editor, validator, text)
    where TKey : notnull
    where TForm : class, IVersionedForm
{
    protected override SharedData Scope => SharedData.Instance;
}

/// <summary>The scope of the administrators' editors: records that belong to no country.</summary>
public sealed class SharedData
{
    public static readonly SharedData Instance = new();

    private SharedData()
    {
    }
}
