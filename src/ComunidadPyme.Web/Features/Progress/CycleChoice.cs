namespace ComunidadPyme.Web.Features.Progress;

/// <summary>A reporting cycle offered in the progress view, named in the visitor's language.</summary>
public sealed record CycleChoice(int Id, string Name, DateOnly OpensOn);
