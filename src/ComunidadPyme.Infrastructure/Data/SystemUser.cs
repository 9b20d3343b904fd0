using ComunidadPyme.Core.Common;

namespace ComunidadPyme.Infrastructure.Data;

/// <summary>The author of changes made with nobody signed in: seeding, migrations, background work.</summary>
public sealed class SystemUser : ICurrentUser
{
    public static readonly SystemUser Instance = new();

    public string? UserId => null;
    public string UserName => "system";
    public string? IpAddress => null;
}
