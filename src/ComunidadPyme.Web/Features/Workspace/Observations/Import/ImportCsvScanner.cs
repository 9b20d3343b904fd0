namespace ComunidadPyme.Web.Features.Workspace.Observations.Import;

/// <summary>
/// Goes through a CSV text once, keeping nothing but counters, and refuses it at the first row with too many
/// columns, too long a cell or too long a row. CsvHelper holds a whole row (every field of it) in memory
/// before it hands it over, so a line of ten million commas must be stopped before CsvHelper reads it.
/// Also chooses the separator: whichever of comma, semicolon and tab the first row uses most.
/// </summary>
public static class ImportCsvScanner
{
    private static readonly char[] s_separators = [',', ';', '\t'];

    private enum Field { Start, Unquoted, Quoted, QuoteInQuoted }

    public static char Scan(TextReader text)
    {
        var buffer = new char[16 * 1024];
        var firstRowCounts = new int[s_separators.Length];
        char? separator = null;
        var state = Field.Start;
        int row = 1, columns = 1, cellChars = 0, rowChars = 0;
        var afterCarriageReturn = false;
        int read;
        while ((read = text.Read(buffer, 0, buffer.Length)) > 0)
        {
            foreach (var c in buffer.AsSpan(0, read))
            {
                if (afterCarriageReturn)
                {
                    afterCarriageReturn = false;
                    if (c == '\n')
                    {
                        continue;
                    }
                }

                if (state != Field.Quoted && c is '\r' or '\n')
                {
                    // The end of a row (a blank line is a row too, as CsvHelper and spreadsheets count them).
                    afterCarriageReturn = c == '\r';
                    separator ??= rowChars > 0 ? Choose(firstRowCounts) : null;
                    row++;
                    (state, columns, cellChars, rowChars) = (Field.Start, 1, 0, 0);
                    continue;
                }

                if (++rowChars > ImportLimits.MaxRowChars)
                {
                    throw new ImportRefusedException(ImportRefusalReason.RowTooLong, row);
                }

                if (state != Field.Quoted && Columns(c, separator, firstRowCounts, columns) is { } after)
                {
                    columns = after <= ImportLimits.MaxColumns
                        ? after
                        : throw new ImportRefusedException(ImportRefusalReason.TooManyColumns, row);
                    (state, cellChars) = (Field.Start, 0);
                    continue;
                }

                (state, var content) = (state, c) switch
                {
                    (Field.Start, ' ') => (Field.Start, false),
                    (Field.Start, '"') => (Field.Quoted, false),
                    (Field.Start, _) => (Field.Unquoted, true),
                    (Field.Quoted, '"') => (Field.QuoteInQuoted, false),
                    // Two quotes in a quoted field are one quote; anything else after the closing quote is kept as it is.
                    (Field.QuoteInQuoted, '"') => (Field.Quoted, true),
                    (Field.QuoteInQuoted, _) => (Field.Unquoted, true),
                    _ => (state, true),
                };
                if (content && ++cellChars > ImportLimits.MaxCellChars)
                {
                    throw new ImportRefusedException(ImportRefusalReason.CellTooLong, row);
                }
            }
        }

        return separator ?? Choose(firstRowCounts);
    }

    /// <summary>
    /// The row's columns after <paramref name="c"/> if it is a separator; null if not. Until the first row has
    /// been read each of the three could be the separator, so each is counted and the most frequent decides.
    /// </summary>
    private static int? Columns(char c, char? separator, int[] firstRowCounts, int columns)
    {
        if (separator is { } known)
        {
            return c == known ? columns + 1 : null;
        }

        var index = Array.IndexOf(s_separators, c);
        if (index < 0)
        {
            return null;
        }

        firstRowCounts[index]++;
        return firstRowCounts.Max() + 1;
    }

    private static char Choose(int[] firstRowCounts)
    {
        var best = 0;
        for (var i = 1; i < firstRowCounts.Length; i++)
        {
            best = firstRowCounts[i] > firstRowCounts[best] ? i : best;
        }

        return s_separators[best];
    }
}
