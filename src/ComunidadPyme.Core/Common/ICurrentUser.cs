namespace ComunidadPyme.Core.Common;

/// <summary>Who is making the current change, for stamps and the audit trail.</summary>
public interface ICurrentUser
{
    string? UserId { get; }

    /// <summary>The name recorded on changes; "system" for start-up work with nobody signed in.</summary>
    string UserName { get; }

    string? IpAddress { get; }
}
