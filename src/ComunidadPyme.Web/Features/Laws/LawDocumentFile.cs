namespace ComunidadPyme.Web.Features.Laws;

/// <summary>An official text on disk and the name it is downloaded under.</summary>
public sealed record LawDocumentFile(string FullPath, string FileName);
