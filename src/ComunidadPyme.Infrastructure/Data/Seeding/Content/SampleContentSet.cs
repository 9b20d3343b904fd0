using ComunidadPyme.Core.Countries;
using ComunidadPyme.Core.Indicators;
using ComunidadPyme.Core.Legal;
using ComunidadPyme.Core.Principles;
using ComunidadPyme.Core.Programmes;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

/// <summary>
/// Demonstration content built by <see cref="SampleContent"/>. Focal points hang from
/// <see cref="Institution.FocalPoints"/>, legal relations from <see cref="LegalInstrument.Outgoing"/>, and
/// reports reach <see cref="ReportingCycle"/> through their navigation property, so adding every list and
/// saving once wires all keys. Observations, instruments and reports also point at the indicator and
/// principle objects passed to the builder: add the set with the context that saved those objects.
/// </summary>
public sealed record SampleContentSet(
    IReadOnlyList<Institution> Institutions,
    IReadOnlyList<Observation> Observations,
    IReadOnlyList<LegalInstrument> LegalInstruments,
    IReadOnlyList<SupportProgramme> SupportProgrammes,
    ReportingCycle ReportingCycle,
    IReadOnlyList<ProgressReport> ProgressReports,
    ReportingCycle PreviousReportingCycle);
