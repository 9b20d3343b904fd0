namespace ComunidadPyme.Web.Features.Workspace.Review;

/// <summary>Marker for the review pages' and e-mails' interface text (in the .resx files beside it).</summary>
public sealed class ReviewResource;
