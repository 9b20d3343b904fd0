namespace ComunidadPyme.Web.Features.Workspace.Common;

/// <summary>One field of a record as saved by someone else ("theirs") and as the reader typed it ("yours").</summary>
public sealed record FieldDifference(string Label, string Theirs, string Yours)
{
    public bool Differs => !string.Equals(Theirs, Yours, StringComparison.Ordinal);
}
