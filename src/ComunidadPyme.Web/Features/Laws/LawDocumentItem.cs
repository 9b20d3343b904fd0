namespace ComunidadPyme.Web.Features.Laws;

/// <summary>The uploaded official text of an instrument, as offered for download.</summary>
public sealed record LawDocumentItem(string FileName, long? SizeBytes);
