namespace ComunidadPyme.Web.Features.Following;

/// <summary>Marker type for the text of following by e-mail.</summary>
public sealed class FollowingResource;
