namespace ComunidadPyme.Web.Features.Workspace.Review.Freshness;

/// <summary>Marker for the data-freshness page's and reminders' interface text (in the .resx files beside it).</summary>
public sealed class ReviewFreshnessResource;
