namespace ComunidadPyme.Web.Features.Api.LegalInstruments;

/// <summary>One page of matching instruments, by id in the order to show them, and how many match in all.</summary>
public sealed record LegalInstrumentMatches(IReadOnlyList<int> Ids, int Total);
