namespace ComunidadPyme.Web.Features.Api.Common;

/// <summary>Absolute addresses of this page and its neighbours; prev and next are null at the ends.</summary>
public sealed record PageLinks(string Self, string First, string Last, string? Prev, string? Next);
