using System.Text;

namespace ComunidadPyme.Web.Features.Workspace.Observations.Import;

/// <summary>
/// The workbook's table of distinct texts, which cells of type "s" point into by index. Spreadsheet programs
/// put every text there, so it is read whole, but each text, their number and their total length are bounded.
/// </summary>
public static class XlsxSharedStrings
{
    public static IReadOnlyList<string> Read(XlsxPartReader part)
    {
        var texts = new List<string>();
        var text = new StringBuilder();
        long total = 0;
        bool inItem = false, inText = false, inPhonetic = false;
        while (part.Read())
        {
            if (part.IsElement("si"))
            {
                text.Clear();
                inItem = !part.IsEmptyElement;
                if (part.IsEmptyElement)
                {
                    Add(string.Empty);
                }
            }
            else if (part.IsElement("rPh"))
            {
                // A phonetic guide above Japanese text: not part of the text itself.
                inPhonetic = !part.IsEmptyElement;
            }
            else if (part.IsElement("t"))
            {
                inText = inItem && !inPhonetic && !part.IsEmptyElement;
            }
            else if (part.IsText)
            {
                part.ReadText(inText ? text : null, inItem ? ImportLimits.MaxCellChars : int.MaxValue, static () => new ImportRefusedException(ImportRefusalReason.TextTooLong));
            }
            else if (part.IsEndElement("t"))
            {
                inText = false;
            }
            else if (part.IsEndElement("rPh"))
            {
                inPhonetic = false;
            }
            else if (part.IsEndElement("si") && inItem)
            {
                inItem = false;
                Add(text.ToString());
            }
        }

        return texts;

        void Add(string value)
        {
            total += value.Length;
            if (texts.Count == ImportLimits.MaxSharedStrings)
            {
                throw new ImportRefusedException(ImportRefusalReason.TooManyTexts);
            }

            if (total > ImportLimits.MaxSharedStringChars)
            {
                throw new ImportRefusedException(ImportRefusalReason.TextsTooLong);
            }

            texts.Add(value);
        }
    }
}
