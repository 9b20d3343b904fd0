namespace ComunidadPyme.Web.Features.Workspace.Review.Matrix;

/// <summary>Marker for the reviewers' progress matrix's own text; the matrix itself speaks through <c>ProgressResource</c>.</summary>
public sealed class ReviewMatrixResource;
