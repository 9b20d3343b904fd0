using ComunidadPyme.Core.Principles;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

/// <summary>Finds the given principle objects by kind and number, so content links to the tracked instances.</summary>
internal sealed class PrincipleLookup(IReadOnlyList<Principle> principles)
{
    public Principle? Principle(int number) => Find(PrincipleKind.Principle, number);

    public Principle? Area(int number) => Find(PrincipleKind.AreaOfEmphasis, number);

    public List<Principle> Select(IEnumerable<int> principleNumbers, IEnumerable<int>? areaNumbers = null) =>
    [
        .. principleNumbers.Select(Principle).OfType<Principle>(),
        .. (areaNumbers ?? []).Select(Area).OfType<Principle>(),
    ];

    private Principle? Find(PrincipleKind kind, int number) =>
        principles.FirstOrDefault(p => p.Kind == kind && p.Number == number);
}
