using System.Data.Common;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Countries;
using ComunidadPyme.Core.Definitions;
using ComunidadPyme.Core.Legal;
using ComunidadPyme.Core.Principles;
using ComunidadPyme.Core.Programmes;
using ComunidadPyme.Infrastructure.Data;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace ComunidadPyme.FunctionalTests.Hostile;

/// <summary>
/// What the database kept, read column by column so that a value the entities cannot even load is still
/// found: texts whose original (or English reference text) is null or invisible, rich text that still holds
/// markup or a link to something else than a web address, and texts of 100,000 characters or more.
/// </summary>
public static partial class StoredText
{
    public const int TooLong = 100_000;

    private static readonly HashSet<(Type, string)> s_richText =
    [
        (typeof(Country), nameof(Country.PolicyOverview)),
        (typeof(Institution), nameof(Institution.Mandate)),
        (typeof(LegalInstrument), nameof(LegalInstrument.Summary)),
        (typeof(SupportProgramme), nameof(SupportProgramme.Description)),
        (typeof(ProgressReport), nameof(ProgressReport.Narrative)),
        (typeof(MsmeDefinition), nameof(MsmeDefinition.Notes)),
    ];

    /// <summary>Every record of every table.</summary>
    public static Task<List<string>> ProblemsAsync(IServiceProvider services) => FindAsync(services, null, null);

    /// <summary>One record: the one with <paramref name="id"/>, or else the latest one added.</summary>
    public static Task<List<string>> ProblemsAsync(IServiceProvider services, Type entity, int? id) => FindAsync(services, entity, id);

    private static async Task<List<string>> FindAsync(IServiceProvider services, Type? only, int? id)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var problems = new List<string>();
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && (only is null || e.ClrType == only)))
        {
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var key = entity.FindPrimaryKey()!.Properties[0].GetColumnName(table)!;
            var which = only is null ? "1 = 1"
                : id is { } known ? $"\"{key}\" = {known.ToString(CultureInfo.InvariantCulture)}"
                : $"\"{key}\" = (SELECT MAX(\"{key}\") FROM \"{table.Name}\")";
            foreach (var text in entity.GetComplexProperties().Where(c => c.ComplexType.ClrType == typeof(TranslatableText) || c.ComplexType.ClrType == typeof(LocalizedText)))
            {
                var columns = text.ComplexType.GetProperties().ToDictionary(p => p.Name, p => p.GetColumnName(table)!);

                // A reference text may leave an optional text empty (an indicator without a methodology); a country's
                // text is either absent or has an original.
                var translatable = text.ComplexType.ClrType == typeof(TranslatableText);
                var required = columns[translatable ? nameof(TranslatableText.Original) : nameof(LocalizedText.En)];
                var rich = s_richText.Contains((entity.ClrType, text.Name));
                foreach (var row in await ReadAsync(connection, table.Name, key, columns.Values, which))
                {
                    var present = !text.IsNullable || columns.Values.Any(c => row[c] is not null);
                    if (present && Invisible(row[required]) && (translatable || row[required] is not ""))
                    {
                        problems.Add($"{table.Name} {row[key]}: {required} is {Shown(row[required])} while {text.Name} is stored");
                    }

                    foreach (var column in rich ? columns.Values.ToList() : [])
                    {
                        if (ActiveContent(row[column]) is { } reason)
                        {
                            problems.Add($"{table.Name} {row[key]}: rich text {column} {reason}: {Shown(row[column])}");
                        }
                    }
                }
            }

            foreach (var column in TextColumns(entity, table))
            {
                foreach (var row in await ReadAsync(connection, table.Name, key, [column], $"({which}) AND length(\"{column}\") >= {TooLong}"))
                {
                    problems.Add($"{table.Name} {row[key]}: {column} holds {((string)row[column]!).Length:N0} characters");
                }
            }
        }

        return problems;
    }

    private static IEnumerable<string> TextColumns(IEntityType entity, StoreObjectIdentifier table) =>
        entity.GetProperties().Concat(entity.GetComplexProperties().SelectMany(c => c.ComplexType.GetProperties()))
            .Where(p => p.ClrType == typeof(string))
            .Select(p => p.GetColumnName(table))
            .OfType<string>()
            .Distinct();

    private static async Task<List<Dictionary<string, object?>>> ReadAsync(
        DbConnection connection, string table, string key, IEnumerable<string> columns, string where)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {string.Join(", ", columns.Prepend(key).Distinct().Select(c => $"\"{c}\""))} FROM \"{table}\" WHERE {where}";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Dictionary<string, object?>>();
        while (await reader.ReadAsync())
        {
            var row = new Dictionary<string, object?>();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Null, empty, or only spaces, line breaks, control and format characters (zero-width space, bidi marks…).</summary>
    private static bool Invisible(object? value) =>
        value is not string text || text.All(c => char.IsWhiteSpace(c)
            || char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format);

    /// <summary>Why a stored rich text would be active on a page that shows it carelessly, or null.</summary>
    private static string? ActiveContent(object? value)
    {
        if (value is not string text)
        {
            return null;
        }

        // Entities count: "&lt;script&gt;" is a script once a careless page decodes it.
        for (var decoded = text; ; decoded = WebUtility.HtmlDecode(decoded))
        {
            if (Tag().Match(decoded) is { Success: true } tag)
            {
                return $"holds markup ({tag.Value})";
            }

            if (WebUtility.HtmlDecode(decoded) == decoded)
            {
                break;
            }
        }

        var link = Markdown.Parse(text).Descendants<LinkInline>().FirstOrDefault(l => l.Url is { } url && !IsWebAddress(url));
        return link is null ? null : $"links to {link.Url}";
    }

    private static bool IsWebAddress(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    private static string Shown(object? value) => value switch
    {
        null => "null",
        string text => new HostileInput("stored", text).ToString()["stored ".Length..],
        _ => value.ToString()!,
    };

    [GeneratedRegex("<[a-zA-Z!/?][^>]*>?")]
    private static partial Regex Tag();
}
