using System.Globalization;
using System.Text;
using ComunidadPyme.Web.Features.OpenData.Tables;

namespace ComunidadPyme.Web.Features.OpenData;

/// <summary>The README.txt of the ZIP: what each file and column holds, the licence, and the sample-data warning.</summary>
public static class OpenDataReadme
{
    public static string Build(IReadOnlyList<OpenDataTable> tables, DateTime? updatedUtc)
    {
        var text = new StringBuilder();
        text.AppendLine("Comunidad PYME open data");
        text.AppendLine("========================");
        text.AppendLine();
        text.AppendLine("Public information on MSME policy in the 35 member states of the Organization of American States (OAS),");
        text.Append("as held by the Comunidad PYME portal");
        text.AppendLine(updatedUtc is { } updated
            ? string.Create(CultureInfo.InvariantCulture, $"; latest change {updated:yyyy-MM-dd HH:mm} UTC.")
            : ".");
        text.AppendLine();
        text.AppendLine("SAMPLE DATA");
        text.AppendLine("Rows with is_sample=true (SAMPLE_DATA=true in observations.sdmx.csv) are illustrative sample data generated");
        text.AppendLine("for demonstration. They are not official statistics or texts and must not be cited as such.");
        text.AppendLine("es: Las filas con is_sample=true son datos de muestra generados con fines de demostración; no son estadísticas oficiales.");
        text.AppendLine("pt: As linhas com is_sample=true são dados de exemplo gerados para demonstração; não são estatísticas oficiais.");
        text.AppendLine("fr: Les lignes avec is_sample=true sont des données d'exemple générées à des fins de démonstration ; ce ne sont pas des statistiques officielles.");
        text.AppendLine();
        text.AppendLine("LICENCE");
        text.AppendLine($"{OpenDataLicence.Name}: {OpenDataLicence.Url}");
        text.AppendLine($"You may copy, share and adapt the data for any purpose, provided you credit \"{OpenDataLicence.Publisher}\" as the source");
        text.AppendLine("and say whether you changed them. Legal texts remain those published in each country's official gazette.");
        text.AppendLine();
        text.AppendLine("FORMAT");
        text.AppendLine("CSV files: UTF-8, comma-separated, one header row, a point as decimal separator, dates as yyyy-mm-dd, times in UTC.");
        text.AppendLine("Text cells that begin with =, +, - or @ are preceded by an apostrophe so that spreadsheets do not run them as");
        text.AppendLine("formulas. Sets of names within one cell are separated by semicolons. An empty cell means not known or not applicable.");
        text.AppendLine("observations.sdmx.csv follows SDMX-CSV 1.0 and has no byte-order mark.");
        text.AppendLine();
        text.AppendLine("The same data are served by the API at /api/v1 (documentation at /api/docs, OpenAPI at /openapi/v1.json)");
        text.AppendLine("and described in DCAT at /catalog.jsonld.");
        text.AppendLine();
        text.AppendLine("FILES");
        foreach (var table in tables)
        {
            text.AppendLine();
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{table.FileName}: {table.Description} {table.Rows.Count} rows."));
            var width = table.Columns.Max(c => c.Name.Length);
            foreach (var column in table.Columns)
            {
                text.AppendLine($"  {column.Name.PadRight(width)}  {column.Description}");
            }
        }

        return text.ToString();
    }
}
