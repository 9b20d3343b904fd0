using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Indicators;
using ComunidadPyme.Core.Principles;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Web.Features.Workspace.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ComunidadPyme.Web.Features.Workspace.History;

/// <summary>
/// A record as people name it, in the reader's language: its title or name, or, for a record that has none, what
/// identifies it on its page (an observation: "MSME density, 2022 — Brazil"). A deleted record is named after the
/// last state its history recorded. Names are remembered for the request, since a history names the same records often.
/// </summary>
public sealed class HistoryRecordNames(AppDbContext db, WorkspaceText<WorkspaceHistoryResource> l)
{
    private static readonly string[] s_nameProperties = ["Title", "Name", "FullName", "ShortTitle"];

    private readonly Dictionary<(Type Type, int Id), string?> _known = [];

    /// <summary>The name of a record that still exists, or null when it does not.</summary>
    public async Task<string?> OfExistingAsync(IEntityType type, int id, string lang, CancellationToken cancellationToken)
    {
        if (!_known.TryGetValue((type.ClrType, id), out var name))
        {
            var record = await db.FindAsync(type.ClrType, [id], cancellationToken);
            name = record is null ? null : await OfAsync(record, lang, cancellationToken);
            _known[(type.ClrType, id)] = name;
        }

        return name;
    }

    /// <summary>The name of a record as its recorded fields last described it (see <see cref="VersionRestorer.StateAfter"/>).</summary>
    public Task<string?> OfStateAsync(IEntityType type, IReadOnlyDictionary<string, string?> state, string lang, CancellationToken cancellationToken) =>
        OfAsync(Rebuild(type, state), lang, cancellationToken);

    public async Task<string?> OfAsync(object record, string lang, CancellationToken cancellationToken) => record switch
    {
        Observation observation => await DescribedAsync(await IndicatorNameAsync(observation.IndicatorId, lang, cancellationToken),
            observation.Period, observation.CountryId, lang, cancellationToken),
        ProgressReport report => await DescribedAsync(await PrincipleNameAsync(report.PrincipleId, lang, cancellationToken),
            await CycleNameAsync(report.ReportingCycleId, lang, cancellationToken), report.CountryId, lang, cancellationToken),
        _ => NamedIn(record, lang),
    };

    private async Task<string?> IndicatorNameAsync(int id, string lang, CancellationToken cancellationToken) =>
        (await db.Indicators.AsNoTracking().Where(i => i.Id == id).Select(i => i.Name).FirstOrDefaultAsync(cancellationToken))?.In(lang);

    private async Task<string?> CycleNameAsync(int id, string lang, CancellationToken cancellationToken) =>
        (await db.ReportingCycles.AsNoTracking().Where(c => c.Id == id).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken))?.In(lang);

    private async Task<string?> PrincipleNameAsync(int id, string lang, CancellationToken cancellationToken)
    {
        var principle = await db.Principles.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Kind, p.Number, p.ShortTitle }).FirstOrDefaultAsync(cancellationToken);
        return principle is null ? null : PrincipleLabel.Of(l, principle.Kind, principle.Number, principle.ShortTitle, lang);
    }

    /// <summary>"{what}, {when} — {country}", leaving out what is unknown.</summary>
    private async Task<string?> DescribedAsync(string? what, string? when, int countryId, string lang, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(what))
        {
            return null;
        }

        var country = await db.Countries.AsNoTracking().Where(c => c.Id == countryId).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(when))
        {
            return what;
        }

        return country is null ? l["{0}, {1}", what, when] : l["{0}, {1} — {2}", what, when, country.In(lang)];
    }

    private static string? NamedIn(object record, string lang)
    {
        foreach (var name in s_nameProperties)
        {
            var text = record.GetType().GetProperty(name)?.GetValue(record) switch
            {
                TranslatableText translatable => translatable.WithUsableOriginal()?.Resolve(lang).Text,
                LocalizedText localized => localized.In(lang),
                string plain => plain,
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(text))
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>A detached record with the recorded values, enough to name it; fields that cannot be read back stay empty.</summary>
    private static object Rebuild(IEntityType type, IReadOnlyDictionary<string, string?> state)
    {
        var record = Activator.CreateInstance(type.ClrType)!;
        foreach (var property in type.GetProperties())
        {
            if (property.PropertyInfo is { } info && state.TryGetValue(property.Name, out var text)
                && AuditValueParser.TryParse(text, property.ClrType, out var value) && value is not null)
            {
                info.SetValue(record, value);
            }
        }

        foreach (var complex in type.GetComplexProperties().Where(c => !c.IsCollection && c.PropertyInfo is not null))
        {
            var part = Activator.CreateInstance(complex.ClrType)!;
            var any = false;
            foreach (var member in complex.ComplexType.GetProperties())
            {
                if (member.PropertyInfo is { } info && state.TryGetValue($"{complex.Name}.{member.Name}", out var text)
                    && AuditValueParser.TryParse(text, member.ClrType, out var value) && value is not null)
                {
                    info.SetValue(part, value);
                    any = true;
                }
            }

            if (any)
            {
                complex.PropertyInfo!.SetValue(record, part);
            }
        }

        return record;
    }
}
