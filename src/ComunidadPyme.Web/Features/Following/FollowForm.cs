using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Following;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Following;

/// <summary>The "follow by e-mail" form; <see cref="Website"/> is a honeypot for bots.</summary>
public sealed class FollowForm
{
    public FollowedKind Kind { get; set; } = FollowedKind.Everything;
    public string? Key { get; set; }
    public string? Email { get; set; }
    public DigestFrequency Frequency { get; set; } = DigestFrequency.Weekly;
    public string? Website { get; set; }

    public string CleanEmail => (Email ?? string.Empty).Trim().ToLowerInvariant();
}

public sealed class FollowFormValidator : AbstractValidator<FollowForm>
{
    // Throw-away mailboxes: a digest sent there is read by nobody, and they are the favourite of abuse.
    private static readonly HashSet<string> s_disposableDomains = new(StringComparer.OrdinalIgnoreCase)
    {
        "mailinator.com", "guerrillamail.com", "guerrillamail.net", "sharklasers.com", "10minutemail.com", "yopmail.com",
        "tempmail.com", "temp-mail.org", "trashmail.com", "getnada.com", "dispostable.com", "maildrop.cc", "throwawaymail.com",
        "fakeinbox.com", "mailnesia.com", "mintemail.com", "spamgourmet.com", "example.invalid",
    };

    public FollowFormValidator(IStringLocalizer<FollowingResource> text)
    {
        RuleFor(f => f.CleanEmail).NotEmpty().WithMessage(text["Give the address the digest should go to."])
            .OverridePropertyName(nameof(FollowForm.Email));
        RuleFor(f => f.CleanEmail)
            .EmailAddress().WithMessage(text["This is not an e-mail address."])
            .MaximumLength(FieldLengths.Email).WithMessage(text["This is not an e-mail address."])
            .Must(e => !IsDisposable(e)).WithMessage(text["Use an address you read: throw-away mailboxes cannot receive digests."])
            .When(f => f.CleanEmail.Length > 0)
            .OverridePropertyName(nameof(FollowForm.Email));
        RuleFor(f => f.Frequency).IsInEnum().WithMessage(text["Choose weekly or monthly."]);
    }

    public static bool IsDisposable(string address)
    {
        var at = address.LastIndexOf('@');
        return at >= 0 && s_disposableDomains.Contains(address[(at + 1)..]);
    }
}
