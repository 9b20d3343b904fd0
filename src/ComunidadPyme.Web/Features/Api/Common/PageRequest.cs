using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace ComunidadPyme.Web.Features.Api.Common;

/// <summary>A validated page number and size, and the request whose query the page links repeat.</summary>
public sealed record PageRequest(int Page, int PageSize, HttpRequest Request)
{
    public int Skip => (Page - 1) * PageSize;

    public PagedResponse<T> Respond<T>(IReadOnlyList<T> items, int total)
    {
        var totalPages = Math.Max(1, (int)Math.Ceiling(total / (double)PageSize));
        var links = new PageLinks(
            LinkTo(Page),
            LinkTo(1),
            LinkTo(totalPages),
            Page > 1 ? LinkTo(Math.Min(Page - 1, totalPages)) : null,
            Page < totalPages ? LinkTo(Page + 1) : null);
        return new PagedResponse<T>(Page, PageSize, total, totalPages, links, items);
    }

    private string LinkTo(int page)
    {
        // ParseQuery compares keys without case, so "PAGE=2" is replaced rather than repeated.
        var query = QueryHelpers.ParseQuery(Request.QueryString.Value);
        query["page"] = new StringValues(page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        query["pageSize"] = new StringValues(PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var rebuilt = QueryString.Create(query.SelectMany(p => p.Value.Select(v => KeyValuePair.Create(p.Key, v))));
        return UriHelper.BuildAbsolute(Request.Scheme, Request.Host, Request.PathBase, Request.Path, rebuilt);
    }
}
