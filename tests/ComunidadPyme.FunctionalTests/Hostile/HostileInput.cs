using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ComunidadPyme.FunctionalTests.Hostile;

/// <summary>One entry of hostile-inputs.json, with a printable form for failure messages.</summary>
public sealed record HostileInput(string Category, string Value)
{
    public const string MarkupOnly = "markup-only";
    public const string WhitespaceOnly = "whitespace-only";
    public const string Long = "long";

    private const int ShownLength = 60;

    /// <summary>Every entry of the corpus, in file order.</summary>
    public static IReadOnlyList<HostileInput> All { get; } = Load();

    /// <summary>What every text field gets: the entries that used to leave nothing once cleaned, and the longest.</summary>
    public static IReadOnlyList<HostileInput> Sampled { get; } =
        [.. All.Where(i => i.Category is MarkupOnly or WhitespaceOnly or Long)];

    /// <summary>The value with invisible characters escaped, cut short, so a failure message can name it.</summary>
    public override string ToString()
    {
        var shown = new StringBuilder();
        foreach (var c in Value.Length > ShownLength ? Value[..ShownLength] : Value)
        {
            var category = char.GetUnicodeCategory(c);
            shown.Append(c != ' ' && (char.IsWhiteSpace(c) || category is UnicodeCategory.Control or UnicodeCategory.Format
                    or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned or UnicodeCategory.NonSpacingMark)
                ? $"\\u{(int)c:X4}"
                : c.ToString());
        }

        var length = Value.Length > ShownLength ? $"… ({Value.Length:N0} chars)" : string.Empty;
        return $"{Category} \"{shown}\"{length}";
    }

    private static List<HostileInput> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Hostile", "hostile-inputs.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var inputs = new List<HostileInput>();
        foreach (var category in document.RootElement.GetProperty("inputs").EnumerateObject())
        {
            foreach (var entry in category.Value.EnumerateArray())
            {
                inputs.Add(new HostileInput(category.Name, entry.ValueKind == JsonValueKind.String
                    ? entry.GetString()!
                    : Repeat(entry.GetProperty("repeat").GetString()!, entry.GetProperty("length").GetInt32())));
            }
        }

        return inputs;
    }

    private static string Repeat(string text, int length)
    {
        var repeated = new StringBuilder(length + text.Length);
        while (repeated.Length < length)
        {
            repeated.Append(text);
        }

        return repeated.ToString(0, length);
    }
}
