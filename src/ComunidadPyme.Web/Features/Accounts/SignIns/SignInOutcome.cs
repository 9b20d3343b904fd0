namespace ComunidadPyme.Web.Features.Accounts.SignIns;

/// <summary>How a sign-in attempt ended; stored by name in <c>SignInEvent.FailureReason</c>.</summary>
public enum SignInOutcome
{
    Succeeded,
    WrongPassword,
    LockedOut,
    Disabled,
    EmailNotConfirmed,
    TwoFactorFailed,
    RecoveryCodeFailed,
    UnknownUser,
}
