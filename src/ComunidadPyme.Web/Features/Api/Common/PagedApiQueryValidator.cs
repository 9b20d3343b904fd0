using FluentValidation;

namespace ComunidadPyme.Web.Features.Api.Common;

public sealed class PagedApiQueryValidator : AbstractValidator<PagedApiQuery>
{
    public PagedApiQueryValidator()
    {
        RuleFor(q => q.Lang).IsApiLanguage();
        RuleFor(q => q.Page).IsWholeNumber("page", 1, PagedApiQuery.MaxPage);
        RuleFor(q => q.PageSize).IsWholeNumber("pageSize", 1, PagedApiQuery.MaxPageSize);
    }
}
