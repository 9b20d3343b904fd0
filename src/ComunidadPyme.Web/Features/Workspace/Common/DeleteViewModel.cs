namespace ComunidadPyme.Web.Features.Workspace.Common;

/// <summary>The confirmation page before a delete; <see cref="ChangedMeanwhile"/> when a stale delete was refused.</summary>
public sealed record DeleteViewModel(
    string RecordTitle,
    IReadOnlyList<string> Consequences,
    string PostUrl,
    string CancelUrl,
    Guid Version,
    bool ChangedMeanwhile = false);
