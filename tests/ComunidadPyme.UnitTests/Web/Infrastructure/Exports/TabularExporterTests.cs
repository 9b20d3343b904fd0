using System.Text;
using ComunidadPyme.Web.Infrastructure.Exports;

namespace ComunidadPyme.UnitTests.Web.Infrastructure.Exports;

public sealed class TabularExporterTests
{
    private static string Csv(object? cell, bool byteOrderMark = true)
    {
        var bytes = TabularExporter.ToCsv(new TabularData("t", ["cell"], [[cell]]), byteOrderMark);
        return Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Split("\r\n")[1];
    }

    [Theory]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+33 1 23", "'+33 1 23")]
    [InlineData("-cmd", "'-cmd")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("Banco Central", "Banco Central")]
    public void NeutralisesTextThatASpreadsheetWouldRunAsAFormula(string text, string written)
    {
        Assert.Equal(written, Csv(text));
    }

    [Fact]
    public void QuotesAnEscapedFormulaThatContainsCommas()
    {
        Assert.Equal("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", Csv("=HYPERLINK(\"http://x\",\"y\")"));
    }

    [Theory]
    [InlineData(-1.25, "-1.25")]
    [InlineData(-3, "-3")]
    public void KeepsNegativeNumbersNumbers(object value, string written)
    {
        Assert.Equal(written, Csv(value));
    }

    [Fact]
    public void StartsWithAByteOrderMarkOnlyWhenAsked()
    {
        var table = new TabularData("t", ["DATAFLOW"], []);

        Assert.Equal([0xEF, 0xBB, 0xBF], TabularExporter.ToCsv(table).Take(3));
        Assert.Equal((byte)'D', TabularExporter.ToCsv(table, byteOrderMark: false)[0]);
    }
}
