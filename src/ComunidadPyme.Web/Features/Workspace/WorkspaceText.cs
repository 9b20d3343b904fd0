using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace;

/// <summary>
/// The interface text of one workspace section: first the section's own resource (the .resx files beside its
/// pages, marked by <typeparamref name="TSection"/>), then the text the workspace's sections share
/// (<see cref="WorkspaceResource"/>: buttons, enum values, field rules). A section's pages, editor and validator
/// inject this, so a key lives in the section that uses it, or once in the shared file if several do.
/// </summary>
public sealed class WorkspaceText<TSection>(IStringLocalizerFactory factory) : IStringLocalizer
{
    private readonly IStringLocalizer _own = factory.Create(typeof(TSection));
    private readonly IStringLocalizer _shared = factory.Create(typeof(WorkspaceResource));

    public LocalizedString this[string name] => Either(_own[name], () => _shared[name]);

    public LocalizedString this[string name, params object[] arguments] =>
        Either(_own[name, arguments], () => _shared[name, arguments]);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        _own.GetAllStrings(includeParentCultures)
            .Concat(_shared.GetAllStrings(includeParentCultures))
            .DistinctBy(text => text.Name, StringComparer.Ordinal);

    private static LocalizedString Either(LocalizedString own, Func<LocalizedString> shared) =>
        own.ResourceNotFound ? shared() : own;
}
