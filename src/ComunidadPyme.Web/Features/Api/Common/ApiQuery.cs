using System.ComponentModel;
using ComunidadPyme.Core.Common;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace ComunidadPyme.Web.Features.Api.Common;

/// <summary>
/// Query parameters every API call accepts. Values are bound as text and checked by the validators, so a
/// wrong value gets a message naming the parameter instead of a bare binding failure.
/// </summary>
public class ApiQuery
{
    [FromQuery(Name = "lang")]
    [Description("Language of names and titles: en (default), es, pt or fr.")]
    public string? Lang { get; init; }

    public string LanguageOrDefault() =>
        string.IsNullOrWhiteSpace(Lang) ? Languages.English : Lang.Trim().ToLowerInvariant();
}

public sealed class ApiQueryValidator : AbstractValidator<ApiQuery>
{
    public ApiQueryValidator()
    {
        RuleFor(q => q.Lang).IsApiLanguage();
    }
}
