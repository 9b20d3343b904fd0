using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace ComunidadPyme.Web.Infrastructure;

/// <summary>
/// Finds a controller's views in the folder of its namespace: the views of
/// <c>ComunidadPyme.Web.Features.Workspace.Laws.WorkspaceLawsController</c> are in <c>Features/Workspace/Laws/</c>.
/// Partials shared by a feature's pages sit in a <c>Common</c> folder of the feature (searched from the
/// controller's folder upwards, up to <c>Features/Common</c>, where the pages shared by every editor are);
/// <c>Views/Shared</c> holds only the layouts and partials of several features.
/// </summary>
public sealed class FeatureFolderViews : IViewLocationExpander
{
    private const string FolderKey = "feature-folder";

    private static readonly string RootNamespace = typeof(FeatureFolderViews).Assembly.GetName().Name + ".";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action
            && action.ControllerTypeInfo.Namespace is { } ns
            && ns.StartsWith(RootNamespace, StringComparison.Ordinal))
        {
            context.Values[FolderKey] = ns[RootNamespace.Length..].Replace('.', '/');
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        var shared = viewLocations.Where(location => location.StartsWith("/Views/Shared/", StringComparison.Ordinal));
        if (!context.Values.TryGetValue(FolderKey, out var folder) || folder is null)
        {
            return viewLocations;
        }

        return FolderAndCommonAncestors(folder).Concat(shared);
    }

    private static IEnumerable<string> FolderAndCommonAncestors(string folder)
    {
        yield return $"/{folder}/{{0}}.cshtml";
        for (var path = folder; ; path = path[..path.LastIndexOf('/')])
        {
            yield return $"/{path}/Common/{{0}}.cshtml";
            if (!path.Contains('/'))
            {
                yield break;
            }
        }
    }
}
