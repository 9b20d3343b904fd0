using FluentValidation;

namespace ComunidadPyme.Web.Features.Api.Common;

public sealed class ApiQueryValidator : AbstractValidator<ApiQuery>
{
    public ApiQueryValidator()
    {
        RuleFor(q => q.Lang).IsApiLanguage();
    }
}
