using System.Globalization;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.UnitTests.Support;

/// <summary>A localizer that answers with the key itself, which for these resources is the English text.</summary>
public sealed class EnglishKeys<T> : IStringLocalizer<T>
{
    public LocalizedString this[string name] => new(name, name);

    public LocalizedString this[string name, params object[] arguments] =>
        new(name, string.Format(CultureInfo.InvariantCulture, name, arguments));

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
}
