using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;

namespace ComunidadPyme.Infrastructure.Search;

/// <summary>
/// A language analyzer whose terms are also folded to ASCII, so "regulacion" and "regulación" meet. The
/// folding comes after the stemmer, which knows the accented endings of its language.
/// </summary>
internal sealed class FoldingAnalyzer(Analyzer inner) : AnalyzerWrapper(inner.Strategy)
{
    protected override Analyzer GetWrappedAnalyzer(string fieldName) => inner;

    protected override TokenStreamComponents WrapComponents(string fieldName, TokenStreamComponents components) =>
        new(components.Tokenizer, new ASCIIFoldingFilter(components.TokenStream));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
