using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Common;

/// <summary>
/// Reads and writes one kind of record for the pages of <see cref="RecordEditorController{TScope, TKey, TForm}"/>.
/// Every method is given the scope the person is authorised for (a country, or <see cref="SharedData"/>) and
/// touches only records within it: the id of a record outside it is reported as not found. An editor that
/// neither creates nor deletes records keeps the default members, and those pages answer 404.
/// </summary>
public interface IRecordEditor<TScope, TKey, TForm> where TForm : class, IVersionedForm
{
    /// <summary>The interface text of the form's <see cref="FieldLabelAttribute"/> keys and enum values, for the conflict page.</summary>
    IStringLocalizer Labels { get; }

    /// <summary>The page for a new record; null when records of this kind are not created here.</summary>
    Task<EditorPage<TForm>?> NewAsync(TScope scope, CancellationToken cancellationToken) =>
        Task.FromResult<EditorPage<TForm>?>(null);

    Task<EditorPage<TForm>?> LoadAsync(TScope scope, TKey id, CancellationToken cancellationToken);

    /// <summary>Checks of a new record that need the database beyond the option lists (uniqueness, state).</summary>
    Task<IReadOnlyList<FieldProblem>> ProblemsOfNewAsync(TScope scope, TForm form, CancellationToken cancellationToken) => None;

    /// <summary>Checks of a change that need the database beyond the option lists.</summary>
    Task<IReadOnlyList<FieldProblem>> ProblemsAsync(TScope scope, TKey id, TForm form, CancellationToken cancellationToken) => None;

    /// <summary>Called only when <see cref="NewAsync"/> offers a page.</summary>
    Task<EditOutcome> CreateAsync(TScope scope, TForm form, CancellationToken cancellationToken) =>
        throw new NotSupportedException("This editor does not create records.");

    /// <summary>Saves the form against the version it was loaded from (<see cref="IVersionedForm.Version"/>).</summary>
    Task<EditOutcome> UpdateAsync(TScope scope, TKey id, TForm form, CancellationToken cancellationToken);

    /// <summary>The confirmation page before a delete; null when there is no such record, or records of this kind are not deleted.</summary>
    Task<DeleteViewModel?> LoadDeleteAsync(TScope scope, TKey id, CancellationToken cancellationToken) =>
        Task.FromResult<DeleteViewModel?>(null);

    Task<EditOutcome> DeleteAsync(TScope scope, TKey id, Guid version, CancellationToken cancellationToken) =>
        Task.FromResult(EditOutcome.NotFound);

    private static Task<IReadOnlyList<FieldProblem>> None => Task.FromResult<IReadOnlyList<FieldProblem>>([]);
}

/// <summary>What became of a save or delete asked for by an editor's form.</summary>
public enum EditOutcome
{
    Saved = 1,

    /// <summary>No such record within the scope.</summary>
    NotFound = 2,

    /// <summary>Someone saved the record after the form was loaded; nothing was written.</summary>
    Conflict = 3,

    /// <summary>The record's state does not allow the change (a submitted progress report, a cycle with reports).</summary>
    Locked = 4,

    /// <summary>
    /// The database refused a value the editor's problems check (another save took an indicator's code at the same
    /// moment); nothing was written, and the page shows the problems as they are now.
    /// </summary>
    Refused = 5,
}

/// <summary>A message about one form field found by a check that needs the database (e.g. a duplicate).</summary>
/// <param name="Field">The field's path inside the form, e.g. "PrincipleId" or "Relations[2].TargetId".</param>
public sealed record FieldProblem(string Field, string Message);
