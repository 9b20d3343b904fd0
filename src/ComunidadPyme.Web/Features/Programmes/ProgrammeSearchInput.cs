namespace ComunidadPyme.Web.Features.Programmes;

/// <summary>The programmes directory's address parameters as typed: text, so that no value can fail to bind.</summary>
public sealed class ProgrammeSearchInput
{
    public string? Country { get; set; }
    public string? Type { get; set; }
    public string? Target { get; set; }

    /// <summary>"true" for programmes running today, "false" for those ended or not yet started.</summary>
    public string? Active { get; set; }

    public string? Page { get; set; }
}
