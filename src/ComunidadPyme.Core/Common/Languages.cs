namespace ComunidadPyme.Core.Common;

/// <summary>The four official languages of the OAS, in which every public page exists.</summary>
public static class Languages
{
    public const string English = "en";
    public const string Spanish = "es";
    public const string Portuguese = "pt";
    public const string French = "fr";

    public static readonly IReadOnlyList<string> All = [English, Spanish, Portuguese, French];

    public static bool IsSupported(string? code) =>
        code is not null && All.Contains(code, StringComparer.OrdinalIgnoreCase);
}
