using System.ComponentModel;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace ComunidadPyme.Web.Features.Api.Common;

/// <summary>Query parameters of the paged lists.</summary>
public class PagedApiQuery : ApiQuery
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 1000;
    public const int MaxPage = 1_000_000;

    [FromQuery(Name = "page")]
    [Description("Page number, from 1 (default 1).")]
    public string? Page { get; init; }

    [FromQuery(Name = "pageSize")]
    [Description("Rows per page, from 1 to 1000 (default 100).")]
    public string? PageSize { get; init; }

    public PageRequest ToPageRequest(HttpRequest request) => new(
        ApiNumbers.WholeNumberOrNull(Page) ?? 1,
        ApiNumbers.WholeNumberOrNull(PageSize) ?? DefaultPageSize,
        request);
}

public sealed class PagedApiQueryValidator : AbstractValidator<PagedApiQuery>
{
    public PagedApiQueryValidator()
    {
        RuleFor(q => q.Lang).IsApiLanguage();
        RuleFor(q => q.Page).IsWholeNumber("page", 1, PagedApiQuery.MaxPage);
        RuleFor(q => q.PageSize).IsWholeNumber("pageSize", 1, PagedApiQuery.MaxPageSize);
    }
}
