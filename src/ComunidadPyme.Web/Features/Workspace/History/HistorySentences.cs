using System.Globalization;
using System.Text.RegularExpressions;
using ComunidadPyme.Core.Auditing;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace ComunidadPyme.Web.Features.Workspace.History;

/// <summary>
/// The sentences of a history, as resource keys in English ("{0} changed from “{1}” to “{2}”."), and their
/// rendering: each placeholder becomes a span (the field, the old value, the new value) with its text encoded,
/// so a translation may put the parts in any order while the page can still mark the values.
/// </summary>
public static partial class HistorySentences
{
    public static string KeyOf(FieldChangeView change) => (change.Kind, change.IsLong) switch
    {
        (ChangeKind.Changed, false) => "{0} changed from “{1}” to “{2}”.",
        (ChangeKind.Set, false) => "{0} set to “{1}”.",
        (ChangeKind.Cleared, false) => "{0} cleared (was “{1}”).",
        (ChangeKind.Was, false) => "{0} was “{1}”.",
        (ChangeKind.Changed, true) => "{0} changed:",
        (ChangeKind.Set, true) => "{0} set to this text:",
        (ChangeKind.Cleared, true) => "{0} cleared; the text was:",
        _ => "{0} was:",
    };

    /// <summary>The parts a change's sentence names, in placeholder order.</summary>
    public static SentencePart[] PartsOf(FieldChangeView change) => change.Kind switch
    {
        ChangeKind.Changed => [new(change.Label, "field-label"), new(change.Before ?? string.Empty, "old-value"), new(change.After ?? string.Empty, "new-value")],
        ChangeKind.Set => [new(change.Label, "field-label"), new(change.After ?? string.Empty, "new-value")],
        _ => [new(change.Label, "field-label"), new(change.Before ?? string.Empty, "old-value")],
    };

    /// <summary>"Created by {0} on {1} UTC", or without "by" when nobody signed in made the change (seeding, imports of reference data).</summary>
    public static string HeadingKeyOf(AuditAction action, bool byPerson) => (action, byPerson) switch
    {
        (AuditAction.Created, true) => "Created by {0} on {1} UTC",
        (AuditAction.Deleted, true) => "Deleted by {0} on {1} UTC",
        (AuditAction.Restored, true) => "Earlier version restored by {0} on {1} UTC",
        (_, true) => "Changed by {0} on {1} UTC",
        (AuditAction.Created, false) => "Created on {0} UTC",
        (AuditAction.Deleted, false) => "Deleted on {0} UTC",
        (AuditAction.Restored, false) => "Earlier version restored on {0} UTC",
        _ => "Changed on {0} UTC",
    };

    /// <summary>The translated sentence with each placeholder replaced by its part, every text HTML-encoded.</summary>
    public static IHtmlContent Render(string format, IReadOnlyList<SentencePart> parts)
    {
        var html = new HtmlContentBuilder();
        var at = 0;
        foreach (Match placeholder in Placeholder().Matches(format))
        {
            html.Append(format[at..placeholder.Index]);
            var index = int.Parse(placeholder.Groups[1].Value, CultureInfo.InvariantCulture);
            if (index < parts.Count)
            {
                var span = new TagBuilder("span");
                span.AddCssClass(parts[index].CssClass);
                span.InnerHtml.Append(parts[index].Text);
                html.AppendHtml(span);
            }

            at = placeholder.Index + placeholder.Length;
        }

        html.Append(format[at..]);
        return html;
    }

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();
}

/// <summary>One named part of a sentence: its text and the class that marks it on the page.</summary>
public sealed record SentencePart(string Text, string CssClass);
