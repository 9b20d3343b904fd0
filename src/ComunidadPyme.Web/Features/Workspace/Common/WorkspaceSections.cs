namespace ComunidadPyme.Web.Features.Workspace.Common;

/// <summary>The path segments of a country's workspace sections.</summary>
public static class WorkspaceSections
{
    public const string Profile = "profile";
    public const string Institutions = "institutions";
    public const string FocalPoints = "focal-points";
    public const string Definitions = "definitions";
    public const string Laws = "laws";
    public const string Programmes = "programmes";
    public const string Progress = "progress";
    public const string Problems = "problems";

    /// <summary>Built by the statistics feature (grid and import); linked from the workspace.</summary>
    public const string Observations = "observations";
    public const string Import = "import";

    public const string Principles = "principles";
    public const string Cycles = "cycles";
    public const string Indicators = "indicators";
}
