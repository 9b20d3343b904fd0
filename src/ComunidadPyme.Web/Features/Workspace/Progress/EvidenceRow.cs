using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Web.Features.Workspace.Common;

namespace ComunidadPyme.Web.Features.Workspace.Progress;

/// <summary>A public document or page that supports the report.</summary>
public sealed class EvidenceRow
{
    [FieldLabel("Title")]
    public string? Title { get; set; }

    [FieldLabel("Address")]
    public string? Url { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Url);
}
