using ComunidadPyme.Core.Legal;

namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>The legal-framework filters of the profile's address (?type=&amp;topic=&amp;status=).</summary>
public sealed record LegalFilter(
    LegalInstrumentType? Type,
    LegalTopics? Topic,
    LegalStatus? Status,
    IReadOnlyList<RejectedFilter> Rejected)
{
    public static readonly LegalFilter None = new(null, null, null, []);

    public bool IsActive => Type is not null || Topic is not null || Status is not null;

    /// <summary>Reads the three filters; a value that names no member is ignored and reported, never an error.</summary>
    public static LegalFilter Parse(string? type, string? topic, string? status)
    {
        var rejected = new List<RejectedFilter>();
        return new LegalFilter(
            Read<LegalInstrumentType>("type", type, rejected),
            Read<LegalTopics>("topic", topic, rejected),
            Read<LegalStatus>("status", status, rejected),
            rejected);
    }

    public bool Matches(LegalInstrumentItem law) =>
        (Type is null || law.Type == Type)
        && (Topic is not { } topic || law.Topics.HasFlag(topic))
        && (Status is null || law.Status == Status);

    private static TEnum? Read<TEnum>(string parameter, string? text, List<RejectedFilter> rejected)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (KnownValue.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        rejected.Add(RejectedFilter.Of(parameter, text));
        return null;
    }
}

/// <summary>A filter value from the address that names nothing; it is ignored and the visitor is told.</summary>
public sealed record RejectedFilter(string Parameter, string Value)
{
    /// <summary>How much of a rejected value is repeated back; the rest of a very long value adds nothing.</summary>
    public const int ShownLength = 60;

    public static RejectedFilter Of(string parameter, string value) =>
        new(parameter, value.Length <= ShownLength ? value : value[..ShownLength] + "…");
}
