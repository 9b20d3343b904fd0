namespace ComunidadPyme.Core.Definitions;

public enum ClassificationOutcome
{
    /// <summary>The enterprise falls in a size class, Large included when the definition defines Medium.</summary>
    Classified = 1,

    /// <summary>Some input the definition uses was not given; <see cref="ClassificationResult.Missing"/> lists it.</summary>
    NotEnoughInformation = 2,

    /// <summary>The definition is not valid on the date asked.</summary>
    NotInForce = 3,

    /// <summary>The definition has no thresholds for the enterprise's sector and no fallback sector.</summary>
    SectorNotCovered = 4,

    /// <summary>
    /// The enterprise exceeds the largest class the definition defines, and the definition has no medium
    /// class (Brazil's LC 123 stops at small), so calling it large would claim more than the law says.
    /// </summary>
    AboveDefinedClasses = 5,
}
