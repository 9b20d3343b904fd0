namespace ComunidadPyme.Core.Security;

public static class Policies
{
    /// <summary>Administrators: accounts, catalogue, principles and reporting cycles.</summary>
    public const string Administer = "Administer";

    /// <summary>Reviewers and administrators: review submissions, follow progress, export the report.</summary>
    public const string Review = "Review";

    /// <summary>Anyone who may enter the workspace: focal points and staff.</summary>
    public const string Workspace = "Workspace";
}
