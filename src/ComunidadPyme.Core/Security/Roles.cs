namespace ComunidadPyme.Core.Security;

public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Reviewer = "Reviewer";
    public const string FocalPoint = "FocalPoint";

    public static readonly IReadOnlyList<string> All = [Administrator, Reviewer, FocalPoint];
}
