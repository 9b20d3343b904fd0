namespace ComunidadPyme.Core.Common;

/// <summary>A record whose every create, update and delete is written to the audit trail.</summary>
public interface IAudited
{
    int Id { get; }
}
