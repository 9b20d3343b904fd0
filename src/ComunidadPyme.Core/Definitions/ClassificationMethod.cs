namespace ComunidadPyme.Core.Definitions;

public enum ClassificationMethod
{
    /// <summary>The enterprise is in the smallest class whose every stated bound it stays within.</summary>
    AllCriteria = 1,

    /// <summary>
    /// Employees and turnover are combined in a weighted score that must not exceed the class's cap
    /// (Mexico's "tope máximo combinado").
    /// </summary>
    WeightedScore = 2,
}
