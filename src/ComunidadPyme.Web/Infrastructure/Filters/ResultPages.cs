using Microsoft.AspNetCore.WebUtilities;

namespace ComunidadPyme.Web.Infrastructure.Filters;

/// <summary>Where a paged list is and the addresses of its neighbouring pages, keeping the other filters.</summary>
public sealed record ResultPages(int Page, int PageSize, int Total, string Path, IReadOnlyDictionary<string, string?> Query)
{
    public const string PageKey = "page";
    private const int Window = 2;

    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;

    public bool HasPrevious => Page > 1 && PageCount > 0;

    public bool HasNext => Page < PageCount;

    /// <summary>The page numbers to offer: the first, the last and a few around the current one (0 marks a gap).</summary>
    public IReadOnlyList<int> Numbers()
    {
        var numbers = new List<int>();
        for (var n = 1; n <= PageCount; n++)
        {
            if (n == 1 || n == PageCount || Math.Abs(n - Page) <= Window)
            {
                numbers.Add(n);
            }
            else if (numbers.Count > 0 && numbers[^1] != 0)
            {
                numbers.Add(0);
            }
        }

        return numbers;
    }

    public string UrlFor(int page)
    {
        var query = Query.Where(p => !string.IsNullOrWhiteSpace(p.Value) && p.Key != PageKey)
            .ToDictionary(p => p.Key, p => p.Value);
        if (page > 1)
        {
            query[PageKey] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return QueryHelpers.AddQueryString(Path, query);
    }
}
