using ComunidadPyme.Core.Security;
using Microsoft.AspNetCore.Authorization;

namespace ComunidadPyme.Web.Features.Workspace.Common;

/// <summary>Base of the administrators' pages (principles, reporting cycles): shared data, no country.</summary>
[Authorize(Policy = Policies.Administer)]
public abstract class AdminControllerBase : WorkspaceControllerBase;
