namespace ComunidadPyme.Web.Features.Api.Common;

/// <summary>One page of a list, with the total and the addresses of the neighbouring pages.</summary>
public sealed record PagedResponse<T>(int Page, int PageSize, int Total, int TotalPages, PageLinks Links, IReadOnlyList<T> Items);

/// <summary>Absolute addresses of this page and its neighbours; prev and next are null at the ends.</summary>
public sealed record PageLinks(string Self, string First, string Last, string? Prev, string? Next);
