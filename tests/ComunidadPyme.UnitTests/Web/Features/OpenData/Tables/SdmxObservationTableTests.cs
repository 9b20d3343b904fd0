using ComunidadPyme.Core.Indicators;
using ComunidadPyme.Web.Features.OpenData.Tables;

namespace ComunidadPyme.UnitTests.Web.Features.OpenData.Tables;

public sealed class SdmxObservationTableTests
{
    [Theory]
    [InlineData(ObservationStatus.Final, "A")]
    [InlineData(ObservationStatus.Provisional, "P")]
    [InlineData(ObservationStatus.Estimated, "E")]
    public void UsesTheSdmxObservationStatusCodes(ObservationStatus status, string code)
    {
        Assert.Equal(code, SdmxObservationTable.StatusCode(status));
    }

    [Fact]
    public void PutsTheDataflowFirstAndTheValueAfterTheDimensions()
    {
        var row = new DownloadObservation("BR", "Brazil", "MSME_COUNT", "enterprises", "2023-Q2", 2023, 12.5,
            ObservationStatus.Provisional, "IBGE", IsSample: false, DateTime.UtcNow);

        var table = SdmxObservationTable.Build("x.sdmx.csv", [row]);

        Assert.Equal("DATAFLOW", table.Columns[0].Name);
        Assert.Equal(["OAS:MSME_INDICATORS(1.0)", "BR", "MSME_COUNT", "2023-Q2", 12.5, "P", "enterprises", "IBGE", "false"], table.Rows[0]);
        Assert.False(table.ForSpreadsheets);
    }
}
