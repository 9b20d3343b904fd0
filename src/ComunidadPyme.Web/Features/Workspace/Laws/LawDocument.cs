namespace ComunidadPyme.Web.Features.Workspace.Laws;

/// <summary>An uploaded official text, opened for download.</summary>
public sealed record LawDocument(Stream Content, string FileName);
