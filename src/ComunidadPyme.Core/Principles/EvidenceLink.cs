namespace ComunidadPyme.Core.Principles;

/// <summary>A public document or page that supports a progress report.</summary>
public class EvidenceLink
{
    public string Title { get; set; } = string.Empty;
    public string Url { get; set; } = string.Empty;
}
