using System.Net.Mail;
using ComunidadPyme.Core.Common;
using ComunidadPyme.Infrastructure.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Accounts.Administration;

/// <summary>What an administrator posts to invite someone.</summary>
public sealed class InviteAccountForm : IRoleAndCountries
{
    public string? Email { get; set; }
    public string? DisplayName { get; set; }
    public string? PreferredLanguage { get; set; } = Languages.English;
    public string? Role { get; set; }
    public List<int> CountryIds { get; set; } = [];
}

/// <summary>The invitation page: the form and the countries to choose from.</summary>
public sealed record InviteAccountView(InviteAccountForm Form, IReadOnlyList<CountryOption> Countries);

public sealed class InviteAccountFormValidator : AbstractValidator<InviteAccountForm>
{
    public InviteAccountFormValidator(AppDbContext db, IStringLocalizer<AccountsResource> localizer)
    {
        RuleFor(f => f.Email).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => localizer["Enter an email address."])
            .MaximumLength(FieldLengths.Email).WithMessage(_ => localizer["The email address is too long."])
            .Must(IsPlainEmailAddress).WithMessage(_ => localizer["Enter a valid email address."])
            .MustAsync(async (email, cancellationToken) =>
                !await db.Users.AnyAsync(u => u.NormalizedEmail == email!.Trim().ToUpperInvariant(), cancellationToken))
            .WithMessage(f => localizer["The email address {0} already has an account.", f.Email!]);
        RuleFor(f => f.DisplayName).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => localizer["Enter the person's name."])
            .MaximumLength(FieldLengths.PersonName).WithMessage(_ => localizer["The name is too long."]);
        RuleFor(f => f.PreferredLanguage).Must(Languages.IsSupported)
            .WithMessage(_ => localizer["Choose a language."]);
        Include(new RoleAndCountriesValidator(db, localizer));
    }

    /// <summary>A bare address such as name@ministry.gov (no display name, no spaces, a dot in the domain).</summary>
    private static bool IsPlainEmailAddress(string? email) =>
        MailAddress.TryCreate(email?.Trim(), out var address) && address.Address == email!.Trim()
        && address.Host.Contains('.') && !address.Address.Any(char.IsWhiteSpace);
}
