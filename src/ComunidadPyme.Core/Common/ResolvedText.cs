namespace ComunidadPyme.Core.Common;

/// <summary>A text chosen for a visitor; <see cref="IsFallback"/> is true when no translation existed.</summary>
public sealed record ResolvedText(string Text, string Language, bool IsFallback);
