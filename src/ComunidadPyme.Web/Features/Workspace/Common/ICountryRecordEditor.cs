namespace ComunidadPyme.Web.Features.Workspace.Common;

/// <summary>
/// Reads and writes one kind of country record for the workspace's edit pages. Every method is given the
/// authorised country and touches only records of that country: an id of another country's record is
/// reported as not found.
/// </summary>
public interface ICountryRecordEditor<TForm> where TForm : class, IVersionedForm
{
    Task<EditorPage<TForm>> NewAsync(WorkspaceCountry country, CancellationToken cancellationToken);

    Task<EditorPage<TForm>?> LoadAsync(WorkspaceCountry country, int id, CancellationToken cancellationToken);

    /// <summary>Checks that need the database beyond the option lists (uniqueness, state).</summary>
    Task<IReadOnlyList<FieldProblem>> ProblemsAsync(WorkspaceCountry country, int? id, TForm form, CancellationToken cancellationToken);

    Task<int> CreateAsync(WorkspaceCountry country, TForm form, CancellationToken cancellationToken);

    Task<EditOutcome> UpdateAsync(WorkspaceCountry country, int id, TForm form, CancellationToken cancellationToken);

    Task<DeleteViewModel?> LoadDeleteAsync(WorkspaceCountry country, int id, CancellationToken cancellationToken);

    Task<EditOutcome> DeleteAsync(WorkspaceCountry country, int id, Guid version, CancellationToken cancellationToken);
}
