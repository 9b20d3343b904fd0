namespace ComunidadPyme.Web.Features.Workspace.Common;

/// <summary>What became of a save or delete asked for by a workspace form.</summary>
public enum EditOutcome
{
    Saved = 1,

    /// <summary>No such record in the country of the address.</summary>
    NotFound = 2,

    /// <summary>Someone saved the record after the form was loaded; nothing was written.</summary>
    Conflict = 3,

    /// <summary>The record's state does not allow the change (a submitted progress report).</summary>
    Locked = 4,
}
