namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

/// <summary>How a generated per-capita series becomes the published figure.</summary>
internal enum SampleSeriesScale
{
    AsIs = 0,
    PerThousandPeople = 1,
    PerMillionPeople = 2,
}
