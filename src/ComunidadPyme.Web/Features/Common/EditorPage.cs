using Microsoft.AspNetCore.Mvc.Rendering;

namespace ComunidadPyme.Web.Features.Common;

/// <summary>An edit (or create) page: the form, and what the page shows around it.</summary>
public sealed class EditorPage<TForm> where TForm : class
{
    public required TForm Form { get; init; }

    /// <summary>The record's number, for the addresses of its page; null while creating (and for records keyed otherwise).</summary>
    public int? Id { get; init; }

    /// <summary>The record's current title, for the heading of an edit page and the conflict page.</summary>
    public string? RecordTitle { get; init; }

    public bool IsSample { get; init; }

    /// <summary>The record may not be changed in its present state (a submitted report); the reason says why.</summary>
    public bool IsLocked => LockedReason is not null;
    public string? LockedReason { get; init; }

    /// <summary>The name of the document attached to the record, if any (a law's official text).</summary>
    public string? AttachedFileName { get; init; }

    /// <summary>Feature-specific facts shown around the form, such as a report's state and reviewers' comments.</summary>
    public object? Details { get; init; }

    public string? UpdatedBy { get; init; }
    public DateTime? UpdatedAtUtc { get; init; }

    /// <summary>Choices read from the database (institutions, laws, principles), by form property name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<SelectListItem>> Options { get; init; } =
        new Dictionary<string, IReadOnlyList<SelectListItem>>();

    /// <summary>The same page showing what the person typed, e.g. after a validation error.</summary>
    public EditorPage<TForm> WithForm(TForm form) => new()
    {
        Form = form,
        Id = Id,
        RecordTitle = RecordTitle,
        IsSample = IsSample,
        LockedReason = LockedReason,
        AttachedFileName = AttachedFileName,
        Details = Details,
        UpdatedBy = UpdatedBy,
        UpdatedAtUtc = UpdatedAtUtc,
        Options = Options,
    };

    public IReadOnlyList<SelectListItem> OptionsFor(string property, object? selected)
    {
        var key = Convert.ToString(selected, System.Globalization.CultureInfo.InvariantCulture);
        return Options.TryGetValue(property, out var options)
            ? [.. options.Select(o => new SelectListItem(o.Text, o.Value, o.Value == key))]
            : [];
    }
}

/// <summary>The confirmation page before a delete; <see cref="ChangedMeanwhile"/> when a stale delete was refused.</summary>
/// <param name="Consequences">What else the delete changes, or why it cannot be done.</param>
/// <param name="Version">The version the confirmation is given for.</param>
public sealed record DeleteViewModel(string RecordTitle, IReadOnlyList<string> Consequences, Guid Version)
{
    /// <summary>The list page the Cancel link returns to; set by the controller from routing.</summary>
    public string CancelUrl { get; init; } = string.Empty;

    public bool ChangedMeanwhile { get; init; }
}
