namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>A download ready to send.</summary>
public sealed record ExportFile(byte[] Content, string ContentType, string FileName);
