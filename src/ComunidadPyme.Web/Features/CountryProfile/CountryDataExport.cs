using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using ComunidadPyme.Web.Infrastructure.Exports;

namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>
/// The downloads of a country's data: every observation as CSV or XLSX (through <see cref="TabularExporter"/>,
/// which escapes cells a spreadsheet would run as formulas), or the public profile as JSON.
/// </summary>
public sealed class CountryDataExport(CountryProfileService profiles)
{
    public static readonly IReadOnlyList<string> Headers =
        ["indicator_code", "indicator_name", "period", "year", "value", "unit", "status", "source_note", "is_sample"];

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Accented names stay readable; characters that matter to HTML are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public async Task<ExportFile?> ObservationsAsync(
        string iso2, ExportFormat format, string language, CancellationToken cancellationToken)
    {
        if (await profiles.FindCountryAsync(iso2, cancellationToken) is not { } country)
        {
            return null;
        }

        var rows = await profiles.ObservationsAsync(country.Id, cancellationToken);
        var table = new TabularData(country.Iso2, Headers, rows
            .Select(r => (IReadOnlyList<object?>)
            [
                r.IndicatorCode, r.IndicatorName.In(language), r.Period, r.Year, r.Value, r.Unit.In(language),
                r.Status.ToString(), r.SourceNote, r.IsSample,
            ])
            .ToList());
        var (content, contentType, extension) = TabularExporter.Write(table, format);
        return new ExportFile(content, contentType, FileName(country, extension));
    }

    public async Task<ExportFile?> ProfileJsonAsync(string iso2, string language, CancellationToken cancellationToken)
    {
        if (await profiles.GetProfileAsync(iso2, LegalFilter.None, language, cancellationToken) is not { } profile)
        {
            return null;
        }

        var content = JsonSerializer.SerializeToUtf8Bytes(CountryDataDocument.From(profile, language), s_json);
        return new ExportFile(content, "application/json; charset=utf-8", FileName(profile.Country, "json"));
    }

    private static string FileName(CountryHeader country, string extension) =>
        $"comunidad-pyme-{country.Slug}-data.{extension}";
}

/// <summary>A download ready to send.</summary>
public sealed record ExportFile(byte[] Content, string ContentType, string FileName);
