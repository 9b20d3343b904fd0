namespace ComunidadPyme.Web.Features.Errors;

public sealed record ErrorViewModel(int StatusCode, string Language);
